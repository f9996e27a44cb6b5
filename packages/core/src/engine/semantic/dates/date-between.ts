import type { Rng } from '../../rng.js';
import { assertInt, invalidArgument } from '../internal/invalid-argument.js';
import { addYears } from './civil.js';

const MAX_AGE = 120;

/**
 * Relative weight of each age 0..120: roughly flat to 60 (the US age pyramid is nearly
 * rectangular below 60), then falling to about 5 % of that by 95 and beyond.
 */
function ageWeight(age: number): number {
  if (age <= 60) return 1;
  return Math.max(0.01, 1 - ((age - 60) / 36) ** 1.4);
}

/** Cumulative age weights: CUMULATIVE[a] = total weight of ages < a. */
const CUMULATIVE: Float64Array = (() => {
  const c = new Float64Array(MAX_AGE + 2);
  for (let a = 0; a <= MAX_AGE; a++) c[a + 1] = (c[a] as number) + ageWeight(a);
  return c;
})();

/** An age in [minAge, maxAge] drawn by the weights above (binary search, one draw). */
function drawAge(rng: Rng, minAge: number, maxAge: number): number {
  const lo = CUMULATIVE[minAge] as number;
  const x = lo + (rng.u32() / 4294967296) * ((CUMULATIVE[maxAge + 1] as number) - lo);
  let a = minAge;
  let b = maxAge;
  while (a < b) {
    const mid = (a + b + 1) >>> 1;
    if ((CUMULATIVE[mid] as number) <= x) a = mid;
    else b = mid - 1;
  }
  return a;
}

/** `addYears(referenceDay, -years)` for years 0..MAX_AGE + 1, kept for the last reference day asked (a run has one). */
const yearsBefore = { referenceDay: Number.NaN, days: new Float64Array(MAX_AGE + 2) };

function dayYearsBefore(referenceDay: number, years: number): number {
  if (yearsBefore.referenceDay !== referenceDay) {
    for (let y = 0; y <= MAX_AGE + 1; y++) yearsBefore.days[y] = addYears(referenceDay, -y);
    yearsBefore.referenceDay = referenceDay;
  }
  return yearsBefore.days[years] as number;
}

/** A uniform day in [fromDay, toDay] (both inclusive, days since 1970-01-01). */
export function dateBetween(rng: Rng, fromDay: number, toDay: number): number {
  if (!Number.isInteger(fromDay) || !Number.isInteger(toDay) || fromDay > toDay) throw invalidArgument(`bad day range [${fromDay}, ${toDay}]`);
  return rng.int(fromDay, toDay);
}

/**
 * A birth date giving an age (in whole years on `referenceDay`) in [minAge, maxAge], with a
 * realistic age mix: flat through working ages, thinning after 60. Exact: the person has
 * had their birthday for age a and not yet for a + 1.
 */
export function birthDate(rng: Rng, referenceDay: number, minAge = 18, maxAge = 90): number {
  assertInt('minAge', minAge, 0, MAX_AGE);
  assertInt('maxAge', maxAge, minAge, MAX_AGE);
  const age = drawAge(rng, minAge, maxAge);
  const latest = dayYearsBefore(referenceDay, age);
  const earliest = dayYearsBefore(referenceDay, age + 1) + 1;
  return rng.int(earliest, latest);
}

/** A time of day in seconds since midnight, uniform in [fromHour·3600, toHour·3600). */
export function timeOfDay(rng: Rng, fromHour = 0, toHour = 24): number {
  if (!(fromHour >= 0 && toHour <= 24 && fromHour < toHour)) throw invalidArgument(`bad hour range [${fromHour}, ${toHour})`);
  return rng.int(Math.ceil(fromHour * 3600), Math.ceil(toHour * 3600) - 1);
}

/** A uniform instant in [fromMs, toMs] (ms since the epoch, UTC, both inclusive). */
export function timestampBetween(rng: Rng, fromMs: number, toMs: number): number {
  if (!Number.isSafeInteger(fromMs) || !Number.isSafeInteger(toMs) || fromMs > toMs) throw invalidArgument(`bad timestamp range [${fromMs}, ${toMs}]`);
  return rng.int(fromMs, toMs);
}
