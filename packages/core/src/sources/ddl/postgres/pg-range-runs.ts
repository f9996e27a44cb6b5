import type { BoundDatum } from './pg-partition-bound.js';

/** A single-column RANGE partition: `FROM (lower) TO (upper)`. */
export interface RangePart<T> {
  readonly item: T;
  readonly lower: BoundDatum;
  readonly upper: BoundDatum;
}

/** Partitions whose ranges meet end to start, in order, with the run's own bounds. */
export interface RangeRun<T> {
  readonly items: readonly T[];
  readonly lower: BoundDatum;
  readonly upper: BoundDatum;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** `+05` → `+05:00`, `+0530` → `+05:30`. */
function isoOffset(zone: string | undefined): string {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '').padEnd(4, '0');
  return `${zone.slice(0, 1)}${digits.slice(0, 2)}:${digits.slice(2)}`;
}

/** A date or timestamp literal as an instant, so `'2026-01-01'` meets `'2026-01-01 00:00:00'`. */
function instantKey(text: string): string | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, day = '', time = '00:00', zone] = m;
  const ms = Date.parse(`${day}T${time}${isoOffset(zone)}`);
  return Number.isNaN(ms) ? undefined : `t:${ms}`;
}

/** Equal keys for bound values PostgreSQL would read as equal (same number, same instant, same text). */
export function datumKey(d: BoundDatum): string {
  if (d.kind !== 'value') return d.kind;
  if (typeof d.value === 'string') return instantKey(d.value) ?? `s:${d.value}`;
  return `${typeof d.value}:${String(d.value)}`;
}

function follow<T>(start: RangePart<T>, byLower: ReadonlyMap<string, RangePart<T>>, seen: Set<RangePart<T>>): RangeRun<T> {
  const items: T[] = [];
  let cur: RangePart<T> | undefined = start;
  let last = start;
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    items.push(cur.item);
    last = cur;
    cur = byLower.get(datumKey(cur.upper));
  }
  return { items, lower: start.lower, upper: last.upper };
}

/**
 * Chains ranges whose upper bound is another's lower bound. PostgreSQL refuses overlapping
 * partitions, so each chain is one contiguous stretch; one run means the union has no gap.
 */
export function rangeRuns<T>(parts: readonly RangePart<T>[]): RangeRun<T>[] {
  const byLower = new Map(parts.map((p) => [datumKey(p.lower), p]));
  const uppers = new Set(parts.map((p) => datumKey(p.upper)));
  const seen = new Set<RangePart<T>>();
  const runs = parts.filter((p) => !uppers.has(datumKey(p.lower))).map((p) => follow(p, byLower, seen));
  for (const p of parts) if (!seen.has(p)) runs.push(follow(p, byLower, seen));
  return runs;
}
