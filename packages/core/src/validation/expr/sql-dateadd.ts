import type { Expr } from '../../schema/index.js';
import { shiftMs, shiftUnit } from '../../util/calendar-shift.js';
import { isTemporal, type SqlValue } from '../values/sql-value.js';
import { NotEvaluableError } from './not-evaluable.js';
import { toNumber } from './sql-compare.js';

const DAY_MS = 86_400_000;
/** SQL Server functions whose first argument is a datepart keyword (`YEAR`, `dd`), not a column. */
const DATEPART_FUNCTIONS = new Set(['dateadd', 'datediff', 'datediff_big', 'datepart', 'datename', 'datetrunc']);

/**
 * A call's arguments as the evaluator should read them: the datepart of `DATEADD(YEAR, -18,
 * GETDATE())` is a word (it had been looked up as a column "YEAR", so the CHECK was not evaluated).
 *
 * @example
 * ```ts
 * callArguments(parse('DATEADD(YEAR, 1, d)')) // ['YEAR' as a literal, 1, d]
 * ```
 */
export function callArguments(e: Extract<Expr, { kind: 'call' }>): readonly Expr[] {
  const [first, ...rest] = e.args;
  if (first?.kind !== 'column' || !DATEPART_FUNCTIONS.has(e.name.toLowerCase())) return e.args;
  return [{ kind: 'literal', value: first.name }, ...rest];
}

/**
 * SQL Server's `DATEADD(datepart, n, date)`: years, quarters and months by the calendar (the
 * day kept where the month has it), the rest by their length; a date stays a date when moved
 * by whole days. NULL for NULL.
 *
 * @example
 * ```ts
 * dateAdd(['year', -1, { temporal: 'date', value: 365 }]) // { temporal: 'date', value: 0 }
 * ```
 */
export function dateAdd([part = null, n = null, date = null]: readonly SqlValue[]): SqlValue {
  if (part === null || n === null || date === null) return null;
  const unit = typeof part === 'string' ? shiftUnit(part) : undefined;
  const count = toNumber(n);
  if (unit === undefined || count === undefined || !isTemporal(date) || date.temporal === 'time') {
    throw new NotEvaluableError(`DATEADD(${JSON.stringify(part)}, …) of ${JSON.stringify(date)} is not supported by the validator`);
  }
  if (date.temporal === 'timestamp') return { temporal: 'timestamp', value: shiftMs(date.value, unit, Math.trunc(count)) };
  const ms = shiftMs(date.value * DAY_MS, unit, Math.trunc(count));
  return ms % DAY_MS === 0 ? { temporal: 'date', value: ms / DAY_MS } : { temporal: 'timestamp', value: ms };
}
