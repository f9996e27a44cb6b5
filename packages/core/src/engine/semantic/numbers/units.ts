import { assertInt, invalidArgument } from '../internal/invalid-argument.js';

/** A [min, max] range expressed in integer units of 10^-scale (cents for scale 2). */
export interface UnitRange {
  readonly lo: number;
  readonly hi: number;
  readonly factor: number;
}

/** The smallest and largest multiples of 10^-scale inside [min, max]; throws if there are none. */
export function unitRange(min: number, max: number, scale: number): UnitRange {
  assertInt('scale', scale, 0, 12);
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) throw invalidArgument(`bad range [${min}, ${max}]`);
  const factor = 10 ** scale;
  const lo = Math.ceil(min * factor - 1e-7);
  const hi = Math.floor(max * factor + 1e-7);
  if (lo > hi || !Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) throw invalidArgument(`no value of scale ${scale} in [${min}, ${max}]`);
  return { lo, hi, factor };
}

/** Units back to a number rounded to the scale (the nearest double to the decimal). */
export function fromUnits(units: number, factor: number): number {
  return units / factor;
}
