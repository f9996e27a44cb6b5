import { describe, expect, it } from 'vitest';
import type { ColumnSpec, Plan } from '../../plan/index.js';
import { planFor } from '../../plan/index.js';
import type { Expr, LogicalType, Schema, Value } from '../../schema/index.js';
import { generate } from '../generate.js';
import { col, int, schemaOf, table, text } from '../__tests__/schema-builder.js';
import { REVIEW_VOICES, reviewVoices } from '../semantic/text/review-voices.js';
import type { TextKindSpec } from '../semantic/text/text-kind-spec.js';
import type { Template } from '../semantic/text/template.js';
import { TEXT_SLOTS } from '../semantic/text/text-slots.js';
import { textFitting, voicedTextFitting } from '../semantic/text/text-fitting.js';
import { Rng, streamKey } from '../rng.js';
import { toneOf } from './review-cell.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A compiled template as a regular expression source: literals escaped, lists as alternations. */
const templateSource = (t: Template): string =>
  t.map((p) => (typeof p === 'string' ? escape(p) : `(?:${p.map((c) => (typeof c === 'string' ? escape(c) : templateSource(c))).join('|')})`)).join('');
/** Text made only of sentences of `voices` (first letters either case). */
function spokenBy(...voices: TextKindSpec[]): RegExp {
  const one = voices.flatMap((v) => v.templates.map(templateSource)).join('|');
  return new RegExp(`^(?:${one})(?: (?:${one}))*$`, 'i');
}
const V = REVIEW_VOICES;

/** `body` (the review) comes before `rating`, so only the dependency computes the rating first. */
function feedback(ratingType: LogicalType = int, checks: Expr[] = []): Schema {
  return schemaOf(table('feedback', [col('id', int), col('body', text(), { nullable: true }), col('rating', ratingType, { nullable: true })], {
    primaryKey: { columns: ['id'] },
    checks: checks.map((expr) => ({ expr, sql: 'rating BETWEEN 1 AND 10' })),
  }));
}

function planWith(schema: Schema, body: Partial<Extract<ColumnSpec, { generator: 'text' }>>, rating?: ColumnSpec, rows = 3000): Plan {
  const plan = planFor(schema, { rows, seed: 11 });
  const tp = plan.tables.feedback;
  if (!tp) throw new Error('no feedback');
  const columns = { ...tp.columns, body: { generator: 'text', kind: 'review', maxLength: 400, ...body } as ColumnSpec, ...(rating ? { rating } : {}) };
  return { ...plan, tables: { feedback: { ...tp, columns } } };
}

/** [rating, review] of every row. */
function reviews(schema: Schema, plan: Plan): [Value, string][] {
  const t = generate(schema, plan).tables[0];
  if (!t) throw new Error('no table');
  return [...t.batches()].flat().map((r) => [r[2] ?? null, String(r[1])]);
}

const ratingSpec: ColumnSpec = { generator: 'int', min: 1, max: 5, skew: 'uniform', nullRate: 0.1 };

describe('reviews voiced by rating and subject', () => {
  it('gives low ratings negative, middle mixed and high positive restaurant reviews', () => {
    const schema = feedback();
    const rows = reviews(schema, planWith(schema, { ratingColumn: 'rating', subject: 'restaurant' }, ratingSpec));
    const voice = { negative: spokenBy(V.negativeRestaurantFood), mixed: spokenBy(V.mixedRestaurant), positive: spokenBy(V.positiveRestaurant) };
    const seen = new Map<string, number>();
    for (const [rating, review] of rows) {
      const expected = rating === null ? undefined : Number(rating) <= 2 ? 'negative' : Number(rating) === 3 ? 'mixed' : 'positive';
      seen.set(String(expected), (seen.get(String(expected)) ?? 0) + 1);
      if (expected === undefined) {
        expect(review, String(rating)).toMatch(spokenBy(V.negativeRestaurantFood, V.mixedRestaurant, V.positiveRestaurant));
        continue;
      }
      expect(review, `rating ${String(rating)}`).toMatch(voice[expected]);
      for (const other of (['negative', 'mixed', 'positive'] as const).filter((t) => t !== expected)) expect(review, `rating ${String(rating)}`).not.toMatch(voice[other]);
    }
    expect(Math.min(...['negative', 'mixed', 'positive', 'undefined'].map((t) => seen.get(t) ?? 0))).toBeGreaterThan(150);
  });

  it('reads the scale from the rating CHECK (1–10: 1–4 negative, 5–6 mixed, 7–10 positive)', () => {
    const between: Expr = { kind: 'between', operand: { kind: 'column', name: 'rating' }, low: { kind: 'literal', value: 1 }, high: { kind: 'literal', value: 10 }, negated: false };
    const schema = feedback(int, [between]);
    const rows = reviews(schema, planWith(schema, { ratingColumn: 'rating', subject: 'product' }, { ...ratingSpec, max: 10, nullRate: 0 }));
    const voice = { negative: spokenBy(V.negativeProduct), mixed: spokenBy(V.mixedProduct), positive: spokenBy(V.positiveProduct) };
    for (const [rating, review] of rows) {
      const n = Number(rating);
      expect(review, `rating ${n}`).toMatch(n <= 4 ? voice.negative : n <= 6 ? voice.mixed : voice.positive);
    }
    expect(new Set(rows.map(([r]) => r)).size).toBe(10);
  });

  it('keeps to the subject when no rating is given', () => {
    const schema = feedback();
    const products = reviews(schema, planWith(schema, { subject: 'product' }));
    const restaurants = reviews(schema, planWith(schema, { subject: 'restaurant' }));
    const food = new RegExp(`\\b(${(TEXT_SLOTS.food ?? []).join('|')}|server|portions|atmosphere|be back|table)\\b`, 'i');
    const goods = new RegExp(`\\b(${(TEXT_SLOTS.product ?? []).join('|')}|shipping|assemble|refund|packaging)\\b`, 'i');
    for (const [, review] of products) {
      expect(review).toMatch(spokenBy(V.positiveProduct, V.negativeProduct, V.mixedProduct));
      expect(review).not.toMatch(food);
    }
    for (const [, review] of restaurants) {
      expect(review).toMatch(spokenBy(V.positiveRestaurant, V.negativeRestaurantFood, V.mixedRestaurant));
      expect(review).not.toMatch(goods);
    }
    expect(products.filter(([, r]) => goods.test(r)).length).toBeGreaterThan(300);
    expect(restaurants.filter(([, r]) => food.test(r)).length).toBeGreaterThan(300);
  });

  it('still fits short columns', () => {
    const schema = feedback();
    for (const maxLength of [5, 19, 20, 45, 80]) {
      for (const [, review] of reviews(schema, planWith(schema, { ratingColumn: 'rating', subject: 'restaurant', maxLength }, ratingSpec, 500))) {
        expect(review.length).toBeLessThanOrEqual(maxLength);
        expect(review.length).toBeGreaterThan(0);
      }
    }
  });

  it('is deterministic', () => {
    const schema = feedback();
    const plan = planWith(schema, { ratingColumn: 'rating', subject: 'restaurant' }, ratingSpec, 500);
    expect(reviews(schema, plan)).toEqual(reviews(schema, plan));
  });

  it('draws reviews without rating or subject exactly as before', () => {
    const schema = feedback();
    const plan = planWith(schema, {}, ratingSpec, 1000);
    const key = streamKey(plan.seed, 'feedback', 'body');
    const plain = reviews(schema, plan);
    expect(plain.map(([, r]) => r)).toEqual(plain.map((_, row) => textFitting(new Rng(key, row), 400, 'review')));
    expect(plain.some(([r, review]) => Number(r) <= 2 && spokenBy(V.positiveProduct, V.positiveRestaurant).test(review))).toBe(true);
    expect(plain.some(([, review]) => spokenBy(V.mixed).test(review) && !spokenBy(V.mixedProduct, V.mixedRestaurant).test(review))).toBe(true);
  });

  it('gives a restaurant\'s food faults of food', () => {
    for (let row = 0; row < 3000; row++) {
      const review = voicedTextFitting(new Rng(5, row), 400, reviewVoices('negative', 'restaurant'));
      expect(review).not.toMatch(/was (slow|late|flimsy|noisy|overpriced) and/);
      expect(review).toMatch(spokenBy(V.negativeRestaurantFood));
    }
  });
});

describe('toneOf', () => {
  it('splits a scale in three eighths, a mixed middle and three eighths', () => {
    expect([1, 2, 3, 4, 5].map((n) => toneOf(n, [1, 5]))).toEqual(['negative', 'negative', 'mixed', 'positive', 'positive']);
    expect([1, 4, 5, 6, 7, 10].map((n) => toneOf(n, [1, 10]))).toEqual(['negative', 'negative', 'mixed', 'mixed', 'positive', 'positive']);
    expect(['4.50', '2.49', '3.10'].map((n) => toneOf(n, [1, 5]))).toEqual(['positive', 'negative', 'mixed']);
    expect([null, 'n/a', ''].map((v) => toneOf(v, [1, 5]))).toEqual([undefined, undefined, undefined]);
  });
});
