import { US_STATES } from '../location/us-state-table.js';

/** Every US area code in the state table, in one fixed order. */
const AREA_CODES: readonly string[] = Object.freeze([...new Set(US_STATES.flatMap((s) => s.areaCodes))].sort());

/** Exchanges 200–999 but 555, for numbers past the fictitious 555-01xx block. */
const EXCHANGES = 799;

/** Shifts each exchange's line numbers, so neighbouring numbers do not all end in 0000 (a shift: still one line per step). */
const LINE_STRIDE = 3_769;

const exchangeAt = (k: number): number => { const e = 200 + k; return e >= 555 ? e + 1 : e; };

/** How many distinct numbers the fictitious 555-01xx block holds across the area codes. */
export const FICTITIOUS_PHONES = AREA_CODES.length * 100;

/**
 * The `n`th distinct US number as 10 digits: the fictitious 555-01xx block in every area code
 * first (`n` < {@link FICTITIOUS_PHONES}), then other exchanges (`(415) 283-0007`) for the rest.
 * A bijection of `n`, so a permuted row index gives a unique column.
 *
 * @example
 * ```ts
 * uniquePhoneDigits(0) // '2015550100'
 * ```
 */
export function uniquePhoneDigits(n: number): string {
  const a = AREA_CODES.length;
  const area = AREA_CODES[n % a] as string;
  if (n < FICTITIOUS_PHONES) return `${area}55501${String(Math.floor(n / a)).padStart(2, '0')}`;
  const k = Math.floor((n - FICTITIOUS_PHONES) / a);
  const exchange = k % EXCHANGES;
  const line = (Math.floor(k / EXCHANGES) + exchange * LINE_STRIDE) % 10000;
  return `${area}${exchangeAt(exchange)}${String(line).padStart(4, '0')}`;
}

/** 10 digits in the widest layout that fits: `(415) 555-0142` (14), `415-555-0142` (12), `4155550142` (10). */
export function formatPhoneDigits(d: string, maxLength: number): string {
  if (maxLength >= 14) return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
  if (maxLength >= 12) return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  return d;
}
