import { assertInt } from '../internal/invalid-argument.js';

/**
 * How a column writes its document numbers: a fixed head (the prefix, with or without its
 * hyphen), a number of `width` digits (zero-padded), and the number of the first row.
 */
export interface DocumentLayout {
  readonly head: string;
  readonly width: number;
  readonly start: number;
}

/** Fewest digits a document number has (`INV-000123`); more when the rows need them. */
export const DOCUMENT_MIN_DIGITS = 6;
/** Widest number kept exact in a double (10^15 < 2^53). */
const MAX_DIGITS = 15;

/** Digits of the largest number of `rows` rows (at least 1). */
const digitsFor = (rows: number): number => String(Math.max(1, Math.floor(rows))).length;

/**
 * The heads tried in order where `prefix` and its number do not fit whole: `INV-`, `INV`, then
 * the prefix cut shorter (`IN`, `I`), then none.
 */
function heads(prefix: string): string[] {
  const cut = Array.from({ length: prefix.length }, (_, i) => prefix.slice(0, prefix.length - i));
  return [...(prefix === '' ? [] : [`${prefix}-`]), ...cut, ''];
}

/**
 * The first number: a keyed offset below 10^(width−2) (`004513`, so columns do not all start at
 * `000001`), low enough that the last row's number still has `width` digits.
 */
function firstNumber(rows: number, width: number, key: number): number {
  const starts = Math.min(10 ** width - rows, 10 ** (width - 2));
  return 1 + ((key >>> 0) % Math.max(1, starts));
}

/**
 * The layout of `rows` document numbers in a column of `maxLength` characters: `prefix`, a hyphen
 * and max(6, digits the rows need) digits where they fit; else without the hyphen, then with the
 * prefix cut shorter or dropped; else digits alone as wide as the column. `undefined` when even
 * the digits the rows need do not fit (the caller draws tokens instead).
 *
 * @example
 * ```ts
 * documentLayout('INV', 1000, 20, 4512) // { head: 'INV-', width: 6, start: 4513 }
 * documentLayout('INV', 1000, 8, 0)     // { head: 'IN', width: 6, start: 1 }
 * documentLayout('INV', 1000, 5, 0)     // { head: '', width: 5, start: 1 }
 * ```
 */
export function documentLayout(prefix: string, rows: number, maxLength: number, key = 0): DocumentLayout | undefined {
  assertInt('rows', rows, 1, 10 ** MAX_DIGITS - 1);
  const need = digitsFor(rows);
  const width = Math.max(DOCUMENT_MIN_DIGITS, need);
  const head = heads(prefix).find((h) => h.length + width <= maxLength);
  if (head !== undefined) return { head, width, start: firstNumber(rows, width, key) };
  return maxLength >= need ? { head: '', width: maxLength, start: firstNumber(rows, maxLength, key) } : undefined;
}

/**
 * The document number of `row` (from 0) under `layout`: its head and the number `start + row`,
 * zero-padded (`INV-004513`, `INV-004514`, …). Distinct for distinct rows below
 * 10^width − start; past that the numbers wrap round (and would repeat).
 */
export function documentNumber(row: number, layout: DocumentLayout): string {
  assertInt('row', row, 0, Number.MAX_SAFE_INTEGER);
  const n = ((layout.start - 1 + row) % (10 ** layout.width - 1)) + 1;
  return layout.head + String(n).padStart(layout.width, '0');
}
