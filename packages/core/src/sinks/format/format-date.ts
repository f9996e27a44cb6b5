import { civilFromDays } from '../../util/index.js';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * A year as at least four digits; negative (astronomical) years get a leading `-`.
 *
 * @example
 * ```ts
 * formatYear(33) // '0033'
 * ```
 */
export function formatYear(year: number): string {
  return year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
}

/**
 * ISO `YYYY-MM-DD` for a day count since 1970-01-01, by integer arithmetic only
 * (`civilFromDays`, Howard Hinnant's algorithm in util): no `Date` objects.
 *
 * @example
 * ```ts
 * formatDate(0)     // '1970-01-01'
 * formatDate(-1)    // '1969-12-31'
 * formatDate(11016) // '2000-02-29'
 * ```
 */
export function formatDate(days: number): string {
  const [year, month, day] = civilFromDays(days);
  return `${formatYear(year)}-${pad2(month)}-${pad2(day)}`;
}
