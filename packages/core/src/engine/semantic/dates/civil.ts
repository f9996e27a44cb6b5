import { civilFromDays, daysFromCivil, isoFromDays } from '../../../util/civil-date.js';
import { assertInt, invalidArgument } from '../internal/invalid-argument.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS: readonly number[] = Object.freeze([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

/** Days since 1970-01-01 of an ISO date "YYYY-MM-DD" (validated; integer arithmetic, no Date). */
export function isoToDays(iso: string): number {
  const m = ISO_DATE.exec(iso);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw invalidArgument(`"${iso}" is not a valid YYYY-MM-DD date`);
  return daysFromCivil(y, mo, d);
}

/** ISO "YYYY-MM-DD" of a day number (days since 1970-01-01). */
export function daysToIso(days: number): string {
  assertInt('days', days, -719_468, 2_932_896);
  return isoFromDays(days);
}

/** `day` shifted by `n` days. */
export function addDays(day: number, n: number): number {
  return day + n;
}

/** The same calendar day `years` later (negative: earlier); Feb 29 becomes Feb 28 when needed. */
export function addYears(day: number, years: number): number {
  const [y, m, d] = civilFromDays(day);
  return daysFromCivil(y + years, m, Math.min(d, daysInMonth(y + years, m)));
}
