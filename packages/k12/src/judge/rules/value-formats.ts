/** A calendar date split into parts. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;
const EMAIL = /^[^\s@,;"<>()]+@[^\s@,;"<>()]+\.[^\s@,;"<>().]+$/;

/** Clever's `MM/DD/YYYY`, a real calendar date. */
export function parseUsDate(value: string): CivilDate | undefined {
  const m = US_DATE.exec(value);
  return m ? civil(Number(m[3]), Number(m[1]), Number(m[2])) : undefined;
}

/** OneRoster's `YYYY-MM-DD`, a real calendar date. */
export function parseIsoDate(value: string): CivilDate | undefined {
  const m = ISO_DATE.exec(value);
  return m ? civil(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** An ISO 8601 date-time with a zone (`2025-08-01T00:00:00.000Z`). */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATETIME.exec(value);
  return m !== null && civil(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined;
}

/** Clever's `x@y.z` email shape. */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** Orders two dates: negative when `a` is earlier. */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return (a.year - b.year) * 10_000 + (a.month - b.month) * 100 + (a.day - b.day);
}

function civil(year: number, month: number, day: number): CivilDate | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1) return undefined;
  return day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
