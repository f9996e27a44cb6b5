import type { SqlTemporal } from '../values/sql-value.js';

const DAY_MS = 86_400_000;
const UNIT_MS: Readonly<Record<string, number>> = {
  millisecond: 1, second: 1000, sec: 1000, minute: 60_000, min: 60_000, hour: 3_600_000, day: DAY_MS, week: 7 * DAY_MS,
};
const PARTS = /^(?:[+-]?\d+(?:\.\d+)?\s*[a-z]+\s*)+$/;
const PART = /([+-]?\d+(?:\.\d+)?)\s*([a-z]+)/g;

/**
 * Milliseconds of an interval written as text in fixed-length units (`'1 day'`, `'2 hours 30
 * minutes'`); undefined otherwise (months and years vary in length).
 */
export function intervalMs(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  if (!PARTS.test(s)) return undefined;
  let total = 0;
  for (const [, n, word] of s.matchAll(PART)) {
    const unit = UNIT_MS[word as string] ?? UNIT_MS[(word as string).replace(/s$/, '')];
    if (unit === undefined) return undefined;
    total += Number(n) * unit;
  }
  return total;
}

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
