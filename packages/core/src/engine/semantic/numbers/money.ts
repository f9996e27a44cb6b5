import type { Rng } from '../../rng.js';
import { assertInt, invalidArgument } from '../internal/invalid-argument.js';
import { weightedOf } from '../internal/weighted-table.js';
import { fromUnits, unitRange } from './units.js';

/** Cent endings of retail prices: .99 most, then .00, .49, .95, and anything. */
const CENT_ENDINGS = weightedOf([[99, 50], [0, 20], [49, 12], [95, 10], [-1, 8]]);
/** Tenth endings for scale 1. */
const TENTH_ENDINGS: readonly number[] = Object.freeze([9, 9, 5, 0]);

/** Log-uniform in [0, span] (more small values), blended half-and-half with uniform. */
function skewedOffset(rng: Rng, span: number): number {
  if (rng.chance(0.5)) return rng.float() * span;
  return Math.expm1(rng.float() * Math.log1p(span));
}

/** A whole-currency amount with a retail ending in cents, for scale ≥ 2. */
function withEnding(rng: Rng, units: number, factor: number): number {
  const ending = CENT_ENDINGS.pick(rng);
  if (ending < 0) return units;
  const cent = factor / 100;
  return Math.floor(units / factor) * factor + ending * cent;
}

/**
 * A price in [min, max] rounded to `scale` decimals, skewed toward the low end, with
 * retail endings: .99, .00, .49, .95 (scale ≥ 2), .9/.5/.0 (scale 1), …9 (scale 0 above 20).
 */
export function price(rng: Rng, min: number, max: number, scale = 2): number {
  const { lo, hi, factor } = unitRange(min, max, scale);
  const raw = lo + Math.round(skewedOffset(rng, hi - lo));
  let v = raw;
  if (scale >= 2) v = withEnding(rng, raw, factor);
  else if (scale === 1) v = Math.floor(raw / 10) * 10 + rng.pick(TENTH_ENDINGS);
  else if (raw > 20) v = Math.floor(raw / 10) * 10 + (rng.chance(0.7) ? 9 : 0);
  return fromUnits(v >= lo && v <= hi ? v : raw, factor);
}

/** Log-normal-ish units in [0, span]: modest values common, a long tail of large ones. */
function logNormalUnits(rng: Rng, span: number, factor: number): number {
  const l = Math.log1p(span / factor);
  for (let i = 0; i < 4; i++) {
    const y = Math.round(Math.expm1(rng.normal(0.6 * l, 0.2 * l)) * factor);
    if (y >= 0 && y <= span) return y;
  }
  return Math.round(rng.float() * span);
}

/**
 * An amount in [min, max] at `scale` decimals with a log-normal-ish shape: most values
 * modest, a long tail of large ones (like invoice totals or transactions). The shape is
 * set in currency units, so 1–1000 has a median near 60 and 0–10000 near 230. A range
 * spanning zero gets small magnitudes of either sign (positive in proportion to max).
 */
export function amount(rng: Rng, min: number, max: number, scale = 2): number {
  const { lo, hi, factor } = unitRange(min, max, scale);
  if (lo < 0 && hi > 0) {
    const positive = rng.float() * (hi - lo) < hi;
    return fromUnits(positive ? logNormalUnits(rng, hi, factor) : -logNormalUnits(rng, -lo, factor), factor);
  }
  return fromUnits(lo + logNormalUnits(rng, hi - lo, factor), factor);
}

/** J-shaped weight of a rating at relative position p in [0, 1] (1 = best). */
function ratingWeight(p: number): number {
  return 0.1 + 0.9 * p ** 3 + (p === 0 ? 0.05 : 0);
}

/** An integer step 0..span (span ≤ 10) drawn by the J-shaped weights. */
function jShapedStep(rng: Rng, span: number): number {
  let total = 0;
  for (let k = 0; k <= span; k++) total += ratingWeight(k / span);
  let x = rng.float() * total;
  for (let k = 0; k < span; k++) {
    x -= ratingWeight(k / span);
    if (x < 0) return k;
  }
  return span;
}

/**
 * A rating in [min, max] skewed to the high end like real reviews: a J-shape over up to 11
 * steps (on 1–5: 5 about half, 4 a quarter, 1 above 2), otherwise clustered around 80 % of the range.
 */
export function rating(rng: Rng, min: number, max: number, scale = 0): number {
  const { lo, hi, factor } = unitRange(min, max, scale);
  const span = hi - lo;
  if (span === 0) return fromUnits(lo, factor);
  if (span <= 10) return fromUnits(lo + jShapedStep(rng, span), factor);
  const t = Math.min(1, Math.max(0, rng.normal(0.8, 0.13)));
  return fromUnits(lo + Math.round(t * span), factor);
}

/** An integer quantity in [min, max], small values most likely (geometric-like). */
export function quantity(rng: Rng, min: number, max: number): number {
  assertInt('min', min, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  assertInt('max', max, min, Number.MAX_SAFE_INTEGER);
  if (max - min > 2 ** 52) throw invalidArgument('quantity range too wide');
  const mean = Math.max(0.8, (max - min) / 8);
  for (let i = 0; i < 4; i++) {
    const k = min + Math.floor(-Math.log(1 - rng.float()) * mean);
    if (k <= max) return k;
  }
  return rng.int(min, max);
}
