import { shiftByInterval } from '../../util/calendar-shift.js';
import { daysFromIso, isoFromDays } from '../../util/index.js';
import { isTemporal, type SqlValue } from '../values/sql-value.js';
import { NotEvaluableError } from './not-evaluable.js';
import { sqlText } from './sql-text.js';

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Epoch milliseconds of SQLite's time value: 'now', a date or timestamp, or a YYYY-MM-DD text. */
function start(v: SqlValue, now: number): number {
  if (isTemporal(v) && v.temporal !== 'time') return v.temporal === 'date' ? v.value * DAY_MS : v.value;
  const s = typeof v === 'string' ? v.trim().toLowerCase() : undefined;
  if (s === 'now') return now;
  if (s !== undefined && ISO_DAY.test(s)) return daysFromIso(s) * DAY_MS;
  throw new NotEvaluableError(`SQLite date() of ${JSON.stringify(v)} is not supported by the validator`);
}

function timeOfDay(ms: number): string {
  const s = Math.floor((((ms % DAY_MS) + DAY_MS) % DAY_MS) / 1000);
  return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

/**
 * SQLite's `date(time, modifier…)` and `datetime(…)` as the text SQLite returns
 * (`'2026-11-24'`, `'2026-11-24 13:05:00'`), for 'now', dates and `'±N unit'` modifiers
 * (`date('now', '-18 years')`); NULL for NULL.
 *
 * @example
 * ```ts
 * sqliteDate('date')(['now', '-1 day'], { now: 86_400_000 }) // '1970-01-01'
 * ```
 */
export function sqliteDate(kind: 'date' | 'datetime'): (args: readonly SqlValue[], ctx: { readonly now: number }) => SqlValue {
  return ([first = null, ...modifiers], ctx) => {
    if (first === null || modifiers.includes(null)) return null;
    let ms: number | undefined = start(first, ctx.now);
    for (const m of modifiers) ms = ms === undefined ? undefined : shiftByInterval(ms, m === null ? '' : sqlText(m), 1);
    if (ms === undefined) throw new NotEvaluableError(`SQLite ${kind}() modifier not supported by the validator: ${modifiers.map((m) => (m === null ? 'NULL' : sqlText(m))).join(', ')}`);
    const day = isoFromDays(Math.floor(ms / DAY_MS));
    return kind === 'date' ? day : `${day} ${timeOfDay(ms)}`;
  };
}
