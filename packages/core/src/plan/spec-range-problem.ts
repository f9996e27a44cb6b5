import type { ColumnSpec } from './column-spec.js';
import { wholeSteps } from '../util/index.js';

type Check = (spec: ColumnSpec) => string | undefined;

/** `min (9) is greater than max (1)`; for dates `from (…) is later than to (…)`. */
function ordered(lo: number | string, hi: number | string, [a, b]: readonly [string, string]): string | undefined {
  if (lo <= hi) return undefined;
  return `${a} (${String(lo)}) is ${typeof lo === 'string' ? 'later' : 'greater'} than ${b} (${String(hi)})`;
}

const CHECKS: Partial<Record<ColumnSpec['generator'], Check>> = {
  sequence: (s) => (s.generator === 'sequence' && s.step === 0 ? 'step is 0, so every row gets the same value' : undefined),
  int: (s) => (s.generator === 'int' ? ordered(s.min, s.max, ['min', 'max']) : undefined),
  number: (s) => (s.generator === 'number' ? ordered(s.min, s.max, ['min', 'max']) ?? noStepNumber(s) : undefined),
  date: (s) => (s.generator === 'date' ? ordered(s.from, s.to, ['from', 'to']) : undefined),
  timestamp: (s) => (s.generator === 'timestamp' ? ordered(s.from, s.to, ['from', 'to']) : undefined),
  birthDate: (s) => (s.generator === 'birthDate' ? ordered(s.minAge, s.maxAge, ['minAge', 'maxAge']) : undefined),
  time: (s) => (s.generator === 'time' ? (s.fromHour >= s.toHour ? `fromHour (${s.fromHour}) is not before toHour (${s.toHour})` : noStepTime(s)) : undefined),
  after: (s) => (s.generator === 'after' ? ordered(s.minGap, s.maxGap, ['minGap', 'maxGap']) ?? noStepGap(s) : undefined),
  array: (s) => (s.generator === 'array' ? ordered(s.minLength, s.maxLength, ['minLength', 'maxLength']) ?? elementBounds(s.min, s.max) : undefined),
};

/** A `minuteStep` with no time on it in `[fromHour, toHour)`: `minuteStep` 30 in 09:40–09:50. */
function noStepTime(s: Extract<ColumnSpec, { generator: 'time' }>): string | undefined {
  if (s.minuteStep === undefined) return undefined;
  const first = Math.ceil((s.fromHour * 60) / s.minuteStep) * s.minuteStep;
  return first < s.toHour * 60 ? undefined : `no time on a ${s.minuteStep}-minute step lies between fromHour (${s.fromHour}) and toHour (${s.toHour})`;
}

/** A `step` longer than the gaps allow (read to a hundredth of a step, as the engine does; a `strict` gap is at least one step): `step` 1 with gaps 0.2–0.5. */
function noStepGap(s: Extract<ColumnSpec, { generator: 'after' }>): string | undefined {
  if (s.step === undefined) return undefined;
  const { first, last } = wholeSteps(s.minGap / s.step, s.maxGap / s.step, s.strict);
  if (first <= last) return undefined;
  return `no whole step (${s.step}) lies between minGap (${s.minGap}) and maxGap (${s.maxGap})`;
}

/** A `step` with no whole multiple between `min` and `max`: `step` 1 in 0.2–0.8. */
function noStepNumber(s: Extract<ColumnSpec, { generator: 'number' }>): string | undefined {
  if (s.step === undefined || Math.ceil(s.min / s.step - 1e-9) <= Math.floor(s.max / s.step + 1e-9)) return undefined;
  return `no whole multiple of step (${s.step}) lies between min (${s.min}) and max (${s.max})`;
}

/** An array's element bounds, when both are given: `min (10) is greater than max (5)`. */
function elementBounds(min: number | undefined, max: number | undefined): string | undefined {
  return min === undefined || max === undefined ? undefined : ordered(min, max, ['min', 'max']);
}

/**
 * What is wrong with a generator's own parameters, or undefined: a range whose start is after
 * its end (`from` 2026-01-01, `to` 2020-01-01; `minAge` 90, `maxAge` 18; an array's `minLength` 5,
 * `maxLength` 2 or element `min` 10, `max` 5), a sequence with step 0.
 * An edited plan is checked up front, so it fails as PLAN_INVALID rather than mid-generation.
 *
 * @example
 * ```ts
 * specRangeProblem({ generator: 'int', min: 9, max: 1, skew: 'uniform' }) // 'min (9) is greater than max (1)'
 * ```
 */
export function specRangeProblem(spec: ColumnSpec): string | undefined {
  return CHECKS[spec.generator]?.(spec);
}
