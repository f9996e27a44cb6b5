import { civilFromDays } from '../../util/index.js';
import { isTemporal, type SqlTemporal, type SqlValue } from '../values/sql-value.js';
import { NotEvaluableError } from './not-evaluable.js';

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function timeText(secs: number): string {
  const s = Math.floor(secs);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** Text form of a temporal value (`2024-01-31`, `13:05:00`, `2024-01-31 13:05:00`). */
export function temporalText(t: SqlTemporal): string {
  if (t.temporal === 'time') return timeText(t.value);
  const days = t.temporal === 'date' ? t.value : Math.floor(t.value / DAY_MS);
  const [y, m, d] = civilFromDays(days);
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  return t.temporal === 'date' ? date : `${date} ${timeText((t.value - days * DAY_MS) / 1000)}`;
}

/**
 * A value as SQL text, as `||`, LIKE and text functions see it.
 *
 * @example
 * ```ts
 * sqlText({ temporal: 'date', value: 0 }) // '1970-01-01'
 * ```
 */
export function sqlText(v: Exclude<SqlValue, null>): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isTemporal(v)) return temporalText(v);
  if (v instanceof Uint8Array) return `\\x${Buffer.from(v).toString('hex')}`;
  throw new NotEvaluableError('cannot use an array as text');
}
