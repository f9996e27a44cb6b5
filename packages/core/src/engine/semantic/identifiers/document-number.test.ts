import { describe, expect, it } from 'vitest';
import { documentLayout, documentNumber, type DocumentLayout } from './document-number.js';

const numbers = (layout: DocumentLayout, rows: number): string[] => Array.from({ length: rows }, (_, r) => documentNumber(r, layout));
/** The layout, which the case must have. */
function layoutOf(prefix: string, rows: number, max: number, key: number): DocumentLayout {
  const layout = documentLayout(prefix, rows, max, key);
  if (!layout) throw new Error(`no layout for ${rows} rows in ${max} characters`);
  return layout;
}

describe('documentLayout', () => {
  it('writes the prefix, a hyphen and six digits where they fit', () => {
    expect(documentLayout('INV', 1000, 20, 4512)).toEqual({ head: 'INV-', width: 6, start: 4513 });
    expect(documentLayout('PO', 10, 9, 0)).toEqual({ head: 'PO-', width: 6, start: 1 });
  });

  it('widens the digits for more rows than six hold', () => {
    expect(documentLayout('ORD', 2_500_000, 20, 0)).toEqual({ head: 'ORD-', width: 7, start: 1 });
  });

  it('drops the hyphen, then cuts the prefix, then drops it, as the column narrows', () => {
    expect(documentLayout('INV', 1000, 9, 0)?.head).toBe('INV');
    expect(documentLayout('INV', 1000, 8, 0)?.head).toBe('IN');
    expect(documentLayout('INV', 1000, 7, 0)?.head).toBe('I');
    expect(documentLayout('INV', 1000, 6, 0)).toEqual({ head: '', width: 6, start: 1 });
  });

  it('narrows to the column below six digits while the rows fit, else gives up', () => {
    expect(documentLayout('INV', 100, 5, 0)).toEqual({ head: '', width: 5, start: 1 });
    expect(documentLayout('INV', 1000, 3, 0)).toBeUndefined();
    expect(documentLayout('INV', 999, 3, 0)).toEqual({ head: '', width: 3, start: 1 });
  });

  it('offsets the first number by the key below 10^(width-2), leaving room for every row', () => {
    const starts = [1, 2, 3, 77, 123_456_789].map((k) => documentLayout('Q', 500, 20, k)?.start ?? 0);
    expect(new Set(starts).size).toBe(starts.length);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...starts)).toBeLessThanOrEqual(10_000);
    expect(documentLayout('Q', 999_990, 20, 999)?.start).toBeLessThanOrEqual(10);
  });
});

describe('documentNumber', () => {
  it('counts up from the start, zero-padded', () => {
    const layout = layoutOf('INV', 1000, 20, 122);
    expect(numbers(layout, 3)).toEqual(['INV-000123', 'INV-000124', 'INV-000125']);
  });

  it('is distinct for every row and fits the column at every width', () => {
    for (const [rows, max] of [[20_000, 20], [20_000, 9], [20_000, 7], [20_000, 6], [20_000, 5], [999, 3]] as const) {
      const all = numbers(layoutOf('CASE', rows, max, 0x5bd1e995), rows);
      expect(new Set(all).size).toBe(rows);
      expect(Math.max(...all.map((v) => v.length))).toBeLessThanOrEqual(max);
      expect(new Set(all.map((v) => v.length)).size).toBe(1);
    }
  });

  it('keeps the last row within the width when the rows nearly fill it', () => {
    const layout = layoutOf('', 999_999, 6, 0xffffffff);
    expect(documentNumber(0, layout)).toBe('000001');
    expect(documentNumber(999_998, layout)).toBe('999999');
  });

  it('is a pure function of the row and layout', () => {
    const layout = layoutOf('TKT', 5000, 12, 42);
    expect(numbers(layout, 50)).toEqual(numbers({ ...layout }, 50));
    expect(documentNumber(4321, layout)).toBe(documentNumber(4321, layout));
  });
});
