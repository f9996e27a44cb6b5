import { describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import type { Column, Table } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { checkRatingColumn } from './check-rating-column.js';

const int: Column = { name: 'rating', type: { kind: 'int', bits: 32 }, nullable: false };
const body: Column = { name: 'body', type: { kind: 'string', variant: 'text' }, nullable: true };
const posted: Column = { name: 'posted_at', type: { kind: 'timestamp', withTimeZone: false }, nullable: false };
const reviews: Table = { name: 'reviews', columns: [int, body, posted], uniques: [], foreignKeys: [], checks: [] };

function codeOf(spec: ColumnSpec): string | undefined {
  try {
    checkRatingColumn(reviews, body, spec);
    return undefined;
  } catch (e) {
    return isRowforgeError(e) ? e.code : 'other';
  }
}

describe('checkRatingColumn', () => {
  it('accepts a review rated by a sibling and specs without review fields', () => {
    expect(codeOf({ generator: 'text', kind: 'review', ratingColumn: 'RATING', subject: 'product' })).toBeUndefined();
    expect(codeOf({ generator: 'text', kind: 'description' })).toBeUndefined();
    expect(codeOf({ generator: 'text', kind: 'description', subject: 'restaurant' })).toBeUndefined();
    expect(codeOf({ generator: 'int', min: 1, max: 5, skew: 'uniform' })).toBeUndefined();
  });

  it('rejects an unknown or self rating column and review fields on other kinds', () => {
    expect(codeOf({ generator: 'text', kind: 'review', ratingColumn: 'stars' })).toBe('PLAN_CONTRADICTS_SCHEMA');
    expect(codeOf({ generator: 'text', kind: 'review', ratingColumn: 'body' })).toBe('PLAN_CONTRADICTS_SCHEMA');
    expect(codeOf({ generator: 'text', kind: 'comment', subject: 'restaurant' })).toBe('PLAN_INVALID');
    expect(codeOf({ generator: 'text', kind: 'description', ratingColumn: 'rating' })).toBe('PLAN_INVALID');
  });

  it('rejects a rating column that holds no rating (a timestamp)', () => {
    expect(codeOf({ generator: 'text', kind: 'review', ratingColumn: 'posted_at' })).toBe('PLAN_CONTRADICTS_SCHEMA');
  });
});
