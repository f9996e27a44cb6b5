import { daysFromIso, isoFromDays } from '@rowforge/core';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Days since 1970-01-01 of a calendar date. */
export function dayOf(year: number, month: number, day: number): number {
  return daysFromIso(`${year}-${pad2(month)}-${pad2(day)}`);
}

/** OneRoster's `YYYY-MM-DD`. */
export function isoDate(days: number): string {
  return isoFromDays(days);
}

/** Clever's `MM/DD/YYYY`. */
export function cleverDate(days: number): string {
  const iso = isoFromDays(days);
  return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
}

/** Day of week, 0 = Sunday. */
export function weekday(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}
