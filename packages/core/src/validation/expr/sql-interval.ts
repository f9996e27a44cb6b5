import type { SqlTemporal } from '../values/sql-value.js';

const DAY_MS = 86_400_000;

/**
 * A date, time or timestamp moved by an interval as PostgreSQL does: a timestamp stays one, a
 * date becomes a timestamp, a time wraps around midnight.
 *
 * @example
 * ```ts
 * shiftTemporal({ temporal: 'date', value: 0 }, 3_600_000) // { temporal: 'timestamp', value: 3_600_000 }
 * ```
 */
export function shiftTemporal(t: SqlTemporal, ms: number): SqlTemporal {
  if (t.temporal === 'timestamp') return { temporal: 'timestamp', value: t.value + ms };
  if (t.temporal === 'date') return { temporal: 'timestamp', value: t.value * DAY_MS + ms };
  const day = 86_400;
  return { temporal: 'time', value: (((t.value + ms / 1000) % day) + day) % day };
}
