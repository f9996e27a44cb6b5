import { describe, expect, it } from 'vitest';
import type { Column } from '../../schema/index.js';
import { alternativesOf, firstByAlternatives, sameStemSibling, swappedNames } from './earlier-sibling.js';

const columns = (...names: string[]): Column[] => names.map((name): Column => ({ name, type: { kind: 'date' }, nullable: true }));

describe('swappedNames', () => {
  it('swaps the ending word for a starting one, written the same way', () => {
    expect(swappedNames('date_to')).toEqual(['date_from', 'date_since', 'date_start']);
    expect(swappedNames('ValidTo')).toEqual(['ValidFrom', 'ValidSince', 'ValidStart']);
    expect(swappedNames('END_DATE')).toEqual(['START_DATE', 'BEGIN_DATE', 'FROM_DATE']);
    expect(swappedNames('tomato_total')).toEqual([]);
  });
});

describe('sameStemSibling', () => {
  it('finds the column of the same stem, not the first that looks earlier', () => {
    const cs = columns('created_at', 'valid_from', 'valid_to', 'date_from', 'date_to');
    expect(sameStemSibling('date_to', cs)?.name).toBe('date_from');
    expect(sameStemSibling('valid_to', cs)?.name).toBe('valid_from');
    expect(sameStemSibling('created_at', cs)).toBeUndefined();
  });
});

describe('alternativesOf', () => {
  it('splits only at top-level bars', () => {
    expect(alternativesOf(/^(order(ed)?|placed)_?(date)?$|purchase|created_?at/).map((r) => r.source))
      .toEqual(['^(order(ed)?|placed)_?(date)?$', 'purchase', 'created_?at']);
  });

  it('picks by the alternatives in order before table order', () => {
    expect(firstByAlternatives(/issue|valid_?from|created/, columns('created_at', 'valid_from'))?.name).toBe('valid_from');
  });
});
