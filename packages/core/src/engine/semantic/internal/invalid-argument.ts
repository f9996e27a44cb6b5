import { RowforgeError } from '../../../errors/index.js';

/** An engine-internal misuse of a semantic function (a bug in the caller, not user input). */
export function invalidArgument(message: string): RowforgeError {
  return new RowforgeError('INTERNAL', `semantic: ${message}`);
}

/** Throws unless `n` is an integer in [min, max]. */
export function assertInt(name: string, n: number, min: number, max: number): void {
  if (!Number.isInteger(n) || n < min || n > max) throw invalidArgument(`${name} must be an integer in [${min}, ${max}], got ${n}`);
}
