import { CellProblem } from './sql-value.js';

const INT_TEXT = /^[+-]?\d+$/;
const FLOAT_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const FLOAT_SPECIAL = new Map<string, number>([
  ['nan', Number.NaN], ['infinity', Infinity], ['+infinity', Infinity], ['-infinity', -Infinity],
  ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
]);
const FLOAT32_MAX = 3.4028234663852886e38;

function intBounds(bits: 16 | 32 | 64, unsigned: boolean): readonly [bigint, bigint] {
  const b = BigInt(bits);
  return unsigned ? [0n, (1n << b) - 1n] : [-(1n << (b - 1n)), (1n << (b - 1n)) - 1n];
}

function intTypeName(bits: 16 | 32 | 64, unsigned: boolean): string {
  const name = bits === 16 ? 'smallint' : bits === 32 ? 'int' : 'bigint';
  return unsigned ? `${name} unsigned` : name;
}

/**
 * Parses an integer cell and checks its range for the given width.
 *
 * @example
 * ```ts
 * parseIntCell('40000', 16, false) // CellProblem: out of range for smallint
 * parseIntCell('-7', 32, false)    // -7
 * ```
 */
export function parseIntCell(text: string, bits: 16 | 32 | 64, unsigned: boolean): number | CellProblem {
  if (!INT_TEXT.test(text)) return new CellProblem('type', `"${text}" is not an integer`);
  const n = Number(text);
  if (Number.isSafeInteger(n) && bits !== 64 && !unsigned) {
    const limit = bits === 16 ? 32768 : 2147483648;
    if (n >= -limit && n < limit) return n;
  }
  const [lo, hi] = intBounds(bits, unsigned);
  const big = BigInt(text);
  if (big < lo || big > hi) return new CellProblem('type', `${text} is out of range for ${intTypeName(bits, unsigned)} (${lo}..${hi})`);
  return n;
}

/**
 * Parses a float cell (decimal or exponent syntax, NaN/Infinity) and checks the
 * float32 range for `real`.
 *
 * @example
 * ```ts
 * parseFloatCell('1.5e3', 64) // 1500
 * ```
 */
export function parseFloatCell(text: string, bits: 32 | 64): number | CellProblem {
  const special = FLOAT_SPECIAL.get(text.toLowerCase());
  if (special !== undefined) return special;
  if (!FLOAT_TEXT.test(text)) return new CellProblem('type', `"${text}" is not a number`);
  const n = Number(text);
  if (!Number.isFinite(n)) return new CellProblem('type', `${text} is out of range for double`);
  if (bits === 32 && Math.abs(n) > FLOAT32_MAX) return new CellProblem('type', `${text} is out of range for real`);
  return n;
}
