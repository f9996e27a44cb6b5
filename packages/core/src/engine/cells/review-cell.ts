import type { ColumnSpec } from '../../plan/index.js';
import type { Value } from '../../schema/index.js';
import { reviewVoices, type ReviewTone } from '../semantic/text/review-voices.js';
import { voicedTextFitting } from '../semantic/text/text-fitting.js';
import { cell, type BuiltCell, type CellEnv } from './cell-env.js';
import { ratingScale, type RatingScale } from './rating-scale.js';

type TextSpec = Extract<ColumnSpec, { generator: 'text' }>;

/** Below this share of the scale a rating is negative, above `1 - LOW_SHARE` positive (1–2, 3, 4–5 of five stars). */
const LOW_SHARE = 3 / 8;

/** A rating value as a number, or undefined for NULL and anything not numeric. */
function ratingValue(v: Value): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The tone a rating calls for: where it sits on `[low, high]` — the lowest three eighths
 * negative, the top three eighths positive, the middle mixed; undefined for a NULL rating.
 *
 * @example
 * ```ts
 * toneOf(2, [1, 5]) // 'negative'
 * toneOf(6, [1, 10]) // 'mixed'
 * ```
 */
export function toneOf(v: Value, [low, high]: RatingScale): ReviewTone | undefined {
  const n = ratingValue(v);
  if (n === undefined) return undefined;
  const share = (n - low) / (high - low);
  return share < LOW_SHARE ? 'negative' : share > 1 - LOW_SHARE ? 'positive' : 'mixed';
}

/**
 * Review text in the voices of `spec.subject` (any when absent) whose tone follows the row's
 * `spec.ratingColumn` (read first, so it is a dependency), at most `maxLength` characters.
 */
export function reviewCell(env: CellEnv, spec: TextSpec, maxLength: number): BuiltCell {
  // A project is a description's subject only (the plan check refuses it on a review).
  const subject = spec.subject === 'project' ? undefined : spec.subject;
  const any = reviewVoices(undefined, subject);
  if (spec.ratingColumn === undefined) return cell((ctx) => voicedTextFitting(ctx.rngFor(env.key), maxLength, any), 'string');
  const at = env.indexOf(spec.ratingColumn);
  const scale = ratingScale(env, spec.ratingColumn);
  const toned = { negative: reviewVoices('negative', subject), mixed: reviewVoices('mixed', subject), positive: reviewVoices('positive', subject) };
  return cell((ctx) => {
    const tone = toneOf(ctx.values[at] ?? null, scale);
    return voicedTextFitting(ctx.rngFor(env.key), maxLength, tone === undefined ? any : toned[tone]);
  }, 'string', [at]);
}
