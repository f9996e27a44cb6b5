import type { LogicalType } from './logical-type.js';

/** An integer column type: TINYINT (8 bits) … BIGINT (64), MySQL's YEAR flagged by `year`. */
export type IntType = Extract<LogicalType, { kind: 'int' }>;

/** MySQL's YEAR holds 1901…2155 (and 0000, which Rowforge never writes). */
const YEAR_BOUNDS = [1901n, 2155n] as const;

/**
 * Every value an integer type holds, exactly: TINYINT −128…127, SMALLINT UNSIGNED 0…65535.
 *
 * @example
 * ```ts
 * intBounds({ kind: 'int', bits: 8, unsigned: true }) // [0n, 255n]
 * ```
 */
export function intBounds(t: IntType): readonly [bigint, bigint] {
  if (t.year === true) return YEAR_BOUNDS;
  const b = BigInt(t.bits);
  return t.unsigned === true ? [0n, (1n << b) - 1n] : [-(1n << (b - 1n)), (1n << (b - 1n)) - 1n];
}

/**
 * {@link intBounds} as numbers, kept within doubles' exact integers (BIGINT ±2⁵³−1).
 *
 * @example
 * ```ts
 * intRange({ kind: 'int', bits: 24 }) // [-8388608, 8388607]
 * ```
 */
export function intRange(t: IntType): readonly [number, number] {
  const [lo, hi] = intBounds(t);
  return [Math.max(Number(lo), -Number.MAX_SAFE_INTEGER), Math.min(Number(hi), Number.MAX_SAFE_INTEGER)];
}

const INT_NAMES = { 8: 'tinyint', 16: 'smallint', 24: 'mediumint', 32: 'int', 64: 'bigint' } as const;

/** The name of an integer type's width: `tinyint`, `mediumint`, `year`. */
export function intTypeName(t: IntType): string {
  return t.year === true ? 'year' : INT_NAMES[t.bits];
}
