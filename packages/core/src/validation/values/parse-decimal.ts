import { CellProblem } from './sql-value.js';

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Integer and fraction digits of a decimal text, with any exponent applied. */
export interface DecimalDigits {
  readonly negative: boolean;
  /** Integer digits without leading zeros ('' for zero). */
  readonly int: string;
  /** Fraction digits without trailing zeros. */
  readonly frac: string;
}

function shift(int: string, frac: string, exp: number): [string, string] {
  if (exp > 0) {
    const moved = frac.padEnd(exp, '0');
    return [int + moved.slice(0, exp), moved.slice(exp)];
  }
  if (exp < 0) {
    const padded = int.padStart(-exp, '0');
    return [padded.slice(0, padded.length + exp), padded.slice(padded.length + exp) + frac];
  }
  return [int, frac];
}

/**
 * Splits decimal text (optionally with an exponent) into normalised digits.
 *
 * @example
 * ```ts
 * decimalDigits('-001.2500') // { negative: true, int: '1', frac: '25' }
 * decimalDigits('abc')       // undefined
 * ```
 */
export function decimalDigits(text: string): DecimalDigits | undefined {
  const m = DECIMAL_TEXT.exec(text);
  if (!m || (!m[2] && !m[3])) return undefined;
  const [int, frac] = shift(m[2] ?? '', m[3] ?? '', Number(m[4] ?? '0'));
  return { negative: m[1] === '-', int: int.replace(/^0+/, ''), frac: frac.replace(/0+$/, '') };
}

/** Canonical text of a decimal (`-1.25`, `0`), equal for equal numeric values. */
export function canonicalDecimal(d: DecimalDigits): string {
  const body = (d.int || '0') + (d.frac ? `.${d.frac}` : '');
  return d.negative && body !== '0' ? `-${body}` : body;
}

/**
 * Parses a decimal cell and checks it fits `decimal(precision, scale)`: at most
 * `scale` significant fraction digits and `precision - scale` integer digits.
 *
 * @example
 * ```ts
 * parseDecimalCell('123.45', 5, 2) // 123.45
 * parseDecimalCell('1234.5', 5, 2) // CellProblem('precision', ...)
 * ```
 */
export function parseDecimalCell(text: string, precision: number, scale: number): number | CellProblem {
  const d = decimalDigits(text);
  if (!d) return new CellProblem('type', `"${text}" is not a decimal number`);
  const type = `decimal(${precision},${scale})`;
  if (d.frac.length > scale) {
    return new CellProblem('precision', `${text} has ${d.frac.length} fraction digits; ${type} keeps ${scale}`);
  }
  if (d.int.length > precision - scale) {
    return new CellProblem('precision', `${text} has ${d.int.length} integer digits; ${type} allows ${precision - scale}`);
  }
  return Number(canonicalDecimal(d));
}
