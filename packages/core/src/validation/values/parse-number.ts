import { intBounds, intTypeName, type IntType } from '../../schema/index.js';
import { CellProblem } from './sql-value.js';

const INT_TEXT = /^[+-]?\d+$/;
const FLOAT_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const FLOAT_SPECIAL = new Map<string, number>([
  ['nan', Number.NaN], ['infinity', Infinity], ['+infinity', Infinity], ['-infinity', -Infinity],
  ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
]);
const FLOAT32_MAX = 3.4028234663852886e38;

/** The type's name in a range message: `smallint`, `tinyint unsigned`, `year`. */
function rangeName(t: IntType): string {
  return t.unsigned === true && t.year !== true ? `${intTypeName(t)} unsigned` : intTypeName(t);
}

/**
 * A parser for an integer type's cells that checks each is in the type's range.
 *
 * @example
 * ```ts
 * intCellParser({ kind: 'int', bits: 16 })('40000') // CellProblem: out of range for smallint
 * intCellParser({ kind: 'int', bits: 32 })('-7')    // -7
 * ```
 */
export function intCellParser(type: IntType): (text: string) => number | CellProblem {
  const [lo, hi] = intBounds(type);
  const [min, max] = [Number(lo), Number(hi)];
  return (text) => {
    if (!INT_TEXT.test(text)) return new CellProblem('type', `"${text}" is not an integer`);
    const n = Number(text);
    if (Number.isSafeInteger(n) ? n >= min && n <= max : inBig(text, lo, hi)) return n;
    return new CellProblem('type', `${text} is out of range for ${rangeName(type)} (${lo}..${hi})`);
  };
}

function inBig(text: string, lo: bigint, hi: bigint): boolean {
  const big = BigInt(text);
  return big >= lo && big <= hi;
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
