import { UNIX_TIMESTAMP_DAYS } from '../../schema/index.js';
import { addYearsIso, daysFromIso, isoFromDays } from '../../util/index.js';
import type { ColumnSpec } from '../column-spec.js';

/** Inclusive [earliest, latest] day numbers (days since 1970-01-01) a column's values fall on. */
export type DayRange = readonly [number, number];

type Spec<G extends ColumnSpec['generator']> = Extract<ColumnSpec, { generator: G }>;

const [FIRST, LAST] = UNIX_TIMESTAMP_DAYS;

/** What keeping a MySQL TIMESTAMP's spec within its range needs to know besides the spec. */
export interface UnixTimeEnv {
  readonly referenceDate: string;
  /** The days an earlier column's values fall on, when they are known. */
  readonly earlierDays: (column: string) => DayRange | undefined;
  /** The column's own window, for when following its earlier column cannot stay within the range. */
  readonly fallback: () => Spec<'date' | 'timestamp'>;
}

const yearsBefore = (referenceDate: string, years: number): number => daysFromIso(addYearsIso(referenceDate, -years));

/** The birth days of ages `minAge`…`maxAge` on the reference date, as the engine draws them. */
export function birthDays(referenceDate: string, minAge: number, maxAge: number): DayRange {
  return [yearsBefore(referenceDate, maxAge + 1) + 1, yearsBefore(referenceDate, minAge)];
}

/**
 * Days moved inside MySQL's TIMESTAMP range (1970-01-02 … 2038-01-18 whole days): cut where
 * they overlap it, or the same width at its nearer end where they lie wholly outside.
 *
 * @example
 * ```ts
 * fitDays(-100, 50) // [1, 50]
 * ```
 */
export function fitDays(from: number, to: number): DayRange {
  const width = Math.min(to - from, LAST - FIRST);
  if (to < FIRST) return [FIRST, FIRST + width];
  if (from > LAST) return [LAST - width, LAST];
  return [Math.max(from, FIRST), Math.min(to, LAST)];
}

function fittedWindow(spec: Spec<'date' | 'timestamp'>): ColumnSpec {
  const [from, to] = fitDays(daysFromIso(spec.from), daysFromIso(spec.to));
  return { ...spec, from: isoFromDays(from), to: isoFromDays(to) };
}

/** Ages narrowed until every birth day is within the range; a window of birth days when no age fits. */
function fittedAges(spec: Spec<'birthDate'>, referenceDate: string): ColumnSpec {
  let { minAge, maxAge } = spec;
  while (maxAge >= minAge && birthDays(referenceDate, minAge, maxAge)[0] < FIRST) maxAge--;
  while (minAge <= maxAge && birthDays(referenceDate, minAge, maxAge)[1] > LAST) minAge++;
  if (minAge <= maxAge) return { ...spec, minAge, maxAge };
  const [from, to] = fitDays(...birthDays(referenceDate, spec.minAge, spec.maxAge));
  return { generator: 'timestamp', from: isoFromDays(from), to: isoFromDays(to) };
}

/** Gaps that keep `earlier` + gap within the range (the least gap gives way first), or undefined when none do. */
function fittedGaps(spec: Spec<'after'>, earlier: DayRange): ColumnSpec | undefined {
  const maxGap = Math.min(spec.maxGap, LAST - earlier[1]);
  const minGap = Math.max(Math.min(spec.minGap, maxGap), FIRST - earlier[0]);
  return minGap <= maxGap ? { ...spec, minGap, maxGap } : undefined;
}

/**
 * A MySQL TIMESTAMP column's inferred spec kept within 1970…2038: windows cut to the range,
 * birth ages narrowed (maxAge 90 draws births before 1970), the gap after an earlier column
 * shortened so its latest value plus the gap stays before 2038 (else the column's own window).
 *
 * @example
 * ```ts
 * withinUnixTime({ generator: 'birthDate', minAge: 18, maxAge: 90 }, env) // { generator: 'birthDate', minAge: 18, maxAge: 55 } on 2026-01-01
 * ```
 */
export function withinUnixTime(spec: ColumnSpec, env: UnixTimeEnv): ColumnSpec {
  switch (spec.generator) {
    case 'date': case 'timestamp': return fittedWindow(spec);
    case 'birthDate': return fittedAges(spec, env.referenceDate);
    case 'after': { const e = env.earlierDays(spec.column); return (e && fittedGaps(spec, e)) ?? fittedWindow(env.fallback()); }
    default: return spec;
  }
}

/** The days an inferred date or timestamp spec's values fall on, or undefined for other generators. */
export function specDays(spec: ColumnSpec, env: UnixTimeEnv): DayRange | undefined {
  switch (spec.generator) {
    case 'date': case 'timestamp': return [daysFromIso(spec.from), daysFromIso(spec.to)];
    case 'birthDate': return birthDays(env.referenceDate, spec.minAge, spec.maxAge);
    case 'after': { const e = env.earlierDays(spec.column); return e && [e[0] + spec.minGap, e[1] + spec.maxGap]; }
    default: return undefined;
  }
}
