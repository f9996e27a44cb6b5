import { daysFromIso, isoFromDays } from '../util/index.js';
import type { ColumnSpec } from './column-spec.js';

type Specs = Record<string, ColumnSpec>;
type After = Extract<ColumnSpec, { generator: 'after' }>;
type Temporal = Extract<ColumnSpec, { generator: 'date' | 'timestamp' }>;

/** A column's literal bounds in epoch days (`±Infinity` when open). */
export interface DayBounds { readonly lo: number; readonly hi: number }

/** The earlier column's window (epoch days, `to` inclusive) and the later column's gap in days. */
interface Pair {
  from: number; to: number; maxGap: number; readonly width: number;
  /** A day: the CHECK may be strict where the inferred `after` is not (`shipped_at > ordered_at`); a longer gap the name suggested gives way to the bounds. */
  readonly minGap: number;
  /** The earlier column's own literal lower bound (epoch days): its window never moves below it. */
  readonly floor: number;
}

/** A date, or a timestamp not held as Unix epoch numbers; else undefined. */
function calendarSpec(spec: ColumnSpec | undefined): Temporal | undefined {
  if (spec?.generator === 'date') return spec;
  return spec?.generator === 'timestamp' && !spec.unit ? spec : undefined;
}

/** The later column drawn on its own in `[lo, hi]` (or a window of the earlier's width at the open end). */
function ownWindow(later: After, kind: Temporal['generator'], lo: number, hi: number, width: number): ColumnSpec {
  const from = Number.isFinite(lo) ? lo : hi - width;
  const to = Math.min(hi, from + width);
  return { generator: kind, from: isoFromDays(from), to: isoFromDays(to), ...(later.nullRate !== undefined ? { nullRate: later.nullRate } : {}) };
}

/** The earlier column kept wholly before day `below` (a timestamp runs to the end of its last day). */
function endBefore(p: Pair, below: number): void {
  p.to = Math.min(p.to, below - 2);
  if (p.from > p.to) p.from = Math.max(p.floor, p.to - p.width);
}

/**
 * An upper bound on the later column: the earlier column ends early enough that its last value
 * plus the gap stays under the bound, with room for gaps up to half what the bound leaves above
 * the earlier's start (or, when the earlier's whole window must move under the bound, above where it then starts).
 */
function underTop(p: Pair, lo: number, hi: number): void {
  const start = Math.max(p.floor, Math.min(p.from, hi - p.width));
  const room = Math.min(p.maxGap, Math.max(p.minGap, Math.floor((hi - start) / 2)));
  const top = hi - 1 - room;
  if (p.to > top) { p.to = top; if (p.from > p.to) p.from = Math.max(lo, p.floor, p.to - p.width); }
  p.maxGap = Math.min(p.maxGap, hi - 1 - p.to);
}

function withWindow(spec: Temporal, p: Pair): ColumnSpec {
  return { ...spec, from: isoFromDays(p.from), to: isoFromDays(p.to) };
}

/**
 * Settles literal bounds on a date or timestamp column generated `after` an earlier one
 * (`expires_at >= '2037-06-01'` with `expires_at > created_at`): when every allowed value is past
 * the earlier column's range, the later column is drawn on its own from the bound; otherwise the
 * earlier column starts at the lower bound, and ends (with the gap narrowed) under the upper
 * bound so its value plus the gap stays within it; when both cannot hold, the earlier column
 * ends before the later's own window. The bound had been dropped (`after` ignored it), so every
 * row was redrawn until CHECK_REDRAW_EXHAUSTED. Edits `specs` in place; other columns are left alone.
 *
 * @example
 * ```ts
 * settlePairedBounds(specs, 'expires_at', { lo: daysFromIso('2037-06-01'), hi: Infinity }, 'timestamp') // expires_at: timestamp from 2037-06-01
 * ```
 */
export function settlePairedBounds(specs: Specs, col: string, bounds: DayBounds, kind: Temporal['generator'], earlierBounds?: (column: string) => DayBounds | undefined): void {
  const later = specs[col];
  const earlier = later?.generator === 'after' && !later.unit ? calendarSpec(specs[later.column]) : undefined;
  const floor = later?.generator === 'after' ? earlierBounds?.(later.column)?.lo ?? -Infinity : -Infinity;
  if (later?.generator === 'after' && earlier) settle(specs, { col, later, earlier, kind, floor }, bounds);
}

interface Columns { readonly col: string; readonly later: After; readonly earlier: Temporal; readonly kind: Temporal['generator']; readonly floor: number }

function settle(specs: Specs, c: Columns, { lo, hi }: DayBounds): void {
  const [ef, et] = [daysFromIso(c.earlier.from), daysFromIso(c.earlier.to)];
  const p: Pair = { from: Math.max(ef, lo), to: et, maxGap: c.later.maxGap, width: Math.max(1, et - ef), minGap: 1, floor: c.floor };
  if (lo > et) { specs[c.col] = ownWindow(c.later, c.kind, lo, hi, p.width); return; }
  if (Number.isFinite(hi)) underTop(p, lo, hi);
  if (p.from > p.to || p.maxGap < p.minGap) { apart(specs, c, { ...p, from: ef, to: et }, { lo, hi }); return; }
  if (p.from !== ef || p.to !== et) specs[c.later.column] = withWindow(c.earlier, p);
  if (p.maxGap !== c.later.maxGap) specs[c.col] = { ...c.later, minGap: Math.min(c.later.minGap, p.maxGap), maxGap: p.maxGap };
}

/** When the pair cannot keep its gap within the bounds: the later column gets its own window, and the earlier one ends before it. */
function apart(specs: Specs, c: Columns, earlier: Pair, { lo, hi }: DayBounds): void {
  const own = Number.isFinite(lo) ? lo : hi - Math.min(earlier.width, 365);
  endBefore(earlier, own);
  specs[c.later.column] = withWindow(c.earlier, earlier);
  specs[c.col] = ownWindow(c.later, c.kind, own, hi, earlier.width);
}
