import { datePart, isDatePartField, mssqlDatePart, mysqlDatePart, TIME_OF_DAY_FIELDS } from '../../util/date-parts.js';
import { isTemporal, type SqlTemporal, type SqlValue } from '../values/sql-value.js';
import { NotEvaluableError } from './not-evaluable.js';

type SqlFunction = (args: readonly SqlValue[]) => SqlValue;

const DAY_MS = 86_400_000;

/** A temporal value in milliseconds: a date's at midnight, a time's from midnight, a timestamp's from the epoch. */
function msOf(v: SqlTemporal): number {
  return v.temporal === 'date' ? v.value * DAY_MS : v.temporal === 'time' ? v.value * 1000 : v.value;
}

function temporal(v: SqlValue, fn: string): SqlTemporal {
  if (isTemporal(v)) return v;
  throw new NotEvaluableError(`${fn}() of ${JSON.stringify(v)} is not supported by the validator`);
}

/** A part of a date or time (NULL for NULL); `read` is undefined for a part it does not know. */
function part(fn: string, x: SqlValue, read: (ms: number, t: SqlTemporal) => number | undefined): SqlValue {
  if (x === null) return null;
  const t = temporal(x, fn);
  const n = read(msOf(t), t);
  if (n === undefined) throw new NotEvaluableError(`this ${fn}() of a ${t.temporal} is not supported by the validator`);
  return n;
}

/** PostgreSQL `date_part(field, x)` (and `EXTRACT`): a time has only hour, minute, second and epoch. */
const pgDatePart: SqlFunction = ([f = null, x = null]) => {
  const field = typeof f === 'string' ? f.toLowerCase() : '';
  return part('date_part', x, (ms, t) => (isDatePartField(field) && (t.temporal !== 'time' || TIME_OF_DAY_FIELDS.has(field)) ? datePart(field, ms) : undefined));
};

/** SQL Server `DATEPART(part, x)` as under the default `SET DATEFIRST 7`. */
const mssqlPart: SqlFunction = ([p = null, x = null]) => part('datepart', x, (ms) => (typeof p === 'string' ? mssqlDatePart(p, ms) : undefined));

const mysqlPart = (name: string): SqlFunction => ([x = null]) => part(name, x, (ms) => mysqlDatePart(name, ms));

/**
 * The validator's date-part functions: PostgreSQL `date_part` (what `EXTRACT(field FROM x)` reads
 * as), SQL Server `DATEPART`, MySQL `HOUR`, `MINUTE`, `SECOND`, `DAYOFWEEK`, `WEEKDAY`, `MONTH`,
 * `YEAR`, `DAY`, `DAYOFMONTH`; timestamps read in UTC, as written.
 *
 * @example
 * ```ts
 * SQL_DATE_PART_FUNCTIONS.get('date_part')?.(['dow', { temporal: 'date', value: 0 }]) // 4 (a Thursday)
 * ```
 */
export const SQL_DATE_PART_FUNCTIONS: ReadonlyMap<string, SqlFunction> = new Map<string, SqlFunction>([
  ['date_part', pgDatePart], ['datepart', mssqlPart],
  ...['hour', 'minute', 'second', 'dayofweek', 'weekday', 'month', 'year', 'day', 'dayofmonth'].map((n): [string, SqlFunction] => [n, mysqlPart(n)]),
]);
