import { civilFromDays, daysFromCivil, MS_PER_DAY } from './civil-date.js';

/** The fields PostgreSQL's `date_part` / `EXTRACT` takes that Rowforge evaluates. */
export const DATE_PART_FIELDS = ['year', 'quarter', 'month', 'week', 'day', 'dow', 'isodow', 'doy', 'hour', 'minute', 'second', 'epoch'] as const;
export type DatePartField = (typeof DATE_PART_FIELDS)[number];

/** The fields that a time of day has (the others are only a date's or a timestamp's). */
export const TIME_OF_DAY_FIELDS: ReadonlySet<DatePartField> = new Set(['hour', 'minute', 'second', 'epoch']);

export function isDatePartField(s: string): s is DatePartField {
  return (DATE_PART_FIELDS as readonly string[]).includes(s);
}

const floorMod = (a: number, n: number): number => ((a % n) + n) % n;

/** 0 (Sunday) to 6 (Saturday) of a day number: 1970-01-01 was a Thursday. */
const dowOf = (days: number): number => floorMod(days + 4, 7);

/** ISO 8601 week (1–53): the week of its Thursday, counted from the first Thursday of that year. */
function isoWeek(days: number): number {
  const thursday = days - floorMod(days + 3, 7) + 3;
  const [year] = civilFromDays(thursday);
  return Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
}

function calendarPart(field: DatePartField, days: number): number {
  const [y, m, d] = civilFromDays(days);
  switch (field) {
    case 'year': return y > 0 ? y : y - 1;
    case 'quarter': return Math.ceil(m / 3);
    case 'month': return m;
    case 'week': return isoWeek(days);
    case 'day': return d;
    case 'dow': return dowOf(days);
    case 'isodow': return dowOf(days) || 7;
    default: return days - daysFromCivil(y, 1, 1) + 1;
  }
}

/**
 * PostgreSQL's `date_part(field, x)` (`EXTRACT(field FROM x)`) of a value in milliseconds: a
 * timestamp's from the epoch (UTC, as written), a date's at its midnight, a time's from midnight.
 * `dow` is 0 (Sunday) to 6, `isodow` 1 (Monday) to 7, `week` the ISO week, `second` keeps its
 * fraction, `epoch` is in seconds; a year before 1 is BC (-1 for 1 BC), as PostgreSQL counts.
 *
 * @example
 * ```ts
 * datePart('dow', Date.UTC(2024, 5, 2)) // 0 (a Sunday)
 * datePart('hour', -1) // 23 (1969-12-31 23:59:59.999)
 * ```
 */
export function datePart(field: DatePartField, ms: number): number {
  const inDay = floorMod(ms, MS_PER_DAY);
  switch (field) {
    case 'hour': return Math.floor(inDay / 3_600_000);
    case 'minute': return Math.floor(inDay / 60_000) % 60;
    case 'second': return (inDay % 60_000) / 1000;
    case 'epoch': return ms / 1000;
    default: return calendarPart(field, Math.floor(ms / MS_PER_DAY));
  }
}

/** SQL Server's `DATEPART(part, x)` words and abbreviations, as date_part fields or SQL Server's own. */
const MSSQL_PARTS: Readonly<Record<string, DatePartField | 'weekday' | 'mssql week'>> = {
  year: 'year', yy: 'year', yyyy: 'year', quarter: 'quarter', qq: 'quarter', q: 'quarter', month: 'month', mm: 'month', m: 'month',
  dayofyear: 'doy', dy: 'doy', y: 'doy', day: 'day', dd: 'day', d: 'day', week: 'mssql week', wk: 'mssql week', ww: 'mssql week',
  weekday: 'weekday', dw: 'weekday', w: 'weekday', hour: 'hour', hh: 'hour', minute: 'minute', mi: 'minute', n: 'minute',
  second: 'second', ss: 'second', s: 'second', iso_week: 'week', isowk: 'week', isoww: 'week',
};

/** True when `mssqlDatePart` knows the part word. */
export function isMssqlDatePart(part: string): boolean {
  return Object.hasOwn(MSSQL_PARTS, part.toLowerCase());
}

/** The date_part field SQL Server's part word reads, with what to add (`weekday` is dow + 1). */
export function mssqlPartField(part: string): { readonly field: DatePartField; readonly plus: number } | undefined {
  const p = MSSQL_PARTS[part.toLowerCase()];
  if (p === undefined || p === 'mssql week') return undefined;
  return p === 'weekday' ? { field: 'dow', plus: 1 } : { field: p, plus: 0 };
}

/**
 * SQL Server's `DATEPART(part, x)` under the default `SET DATEFIRST 7`: `weekday` is 1 (Sunday)
 * to 7, `week` counts Sunday-to-Saturday weeks from the one holding January 1st, `iso_week` is
 * ISO's, `second` is whole. Undefined for a part it does not know.
 *
 * @example
 * ```ts
 * mssqlDatePart('dw', Date.UTC(2024, 5, 2)) // 1 (a Sunday)
 * ```
 */
export function mssqlDatePart(part: string, ms: number): number | undefined {
  const p = MSSQL_PARTS[part.toLowerCase()];
  if (p === undefined) return undefined;
  if (p === 'weekday') return datePart('dow', ms) + 1;
  if (p === 'second') return Math.floor(datePart('second', ms));
  if (p !== 'mssql week') return datePart(p, ms);
  const days = Math.floor(ms / MS_PER_DAY);
  const jan1 = daysFromCivil(civilFromDays(days)[0], 1, 1);
  return Math.floor((days - jan1 + dowOf(jan1)) / 7) + 1;
}

/** MySQL's one-argument date functions as date_part fields, with what to add (DAYOFWEEK is dow + 1). */
const MYSQL_FUNCTIONS: Readonly<Record<string, { readonly field: DatePartField; readonly plus: number }>> = {
  hour: { field: 'hour', plus: 0 }, minute: { field: 'minute', plus: 0 }, second: { field: 'second', plus: 0 },
  dayofweek: { field: 'dow', plus: 1 }, weekday: { field: 'isodow', plus: -1 }, month: { field: 'month', plus: 0 },
  year: { field: 'year', plus: 0 }, day: { field: 'day', plus: 0 }, dayofmonth: { field: 'day', plus: 0 },
};

/** The date_part field a MySQL function (`HOUR`, `DAYOFWEEK`, `WEEKDAY`, …) reads, or undefined. */
export function mysqlPartField(name: string): { readonly field: DatePartField; readonly plus: number } | undefined {
  return MYSQL_FUNCTIONS[name.toLowerCase()];
}

/**
 * MySQL's `HOUR(x)`, `MINUTE`, `SECOND` (whole), `DAYOFWEEK` (1 = Sunday … 7), `WEEKDAY`
 * (0 = Monday … 6), `MONTH`, `YEAR`, `DAY`/`DAYOFMONTH` of a value in milliseconds.
 *
 * @example
 * ```ts
 * mysqlDatePart('weekday', Date.UTC(2024, 5, 2)) // 6 (a Sunday)
 * ```
 */
export function mysqlDatePart(name: string, ms: number): number | undefined {
  const f = mysqlPartField(name);
  if (f === undefined) return undefined;
  return Math.floor(datePart(f.field, ms)) + f.plus;
}
