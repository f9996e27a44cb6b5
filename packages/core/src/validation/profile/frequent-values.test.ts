import { describe, expect, it } from 'vitest';
import { FrequentValues } from './frequent-values.js';

/** The textbook Misra-Gries summary, written plainly, to compare against. */
function reference(capacity: number, values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) {
    const n = counts.get(v);
    if (n !== undefined) counts.set(v, n + 1);
    else if (counts.size < capacity) counts.set(v, 1);
    else for (const [k, c] of counts) if (c <= 1) counts.delete(k); else counts.set(k, c - 1);
  }
  return counts;
}

/** A deterministic stream: a few heavy values among many rare and unique ones. */
function stream(n: number, seed: number): string[] {
  let s = seed;
  const next = (): number => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s; };
  return Array.from({ length: n }, (_, i) => {
    const r = next() % 100;
    return r < 30 ? `heavy${next() % 3}` : r < 60 ? `rare${next() % 500}` : `unique${i}`;
  });
}

describe('FrequentValues', () => {
  it('counts exactly while the distinct values fit', () => {
    const f = new FrequentValues(10);
    for (const v of ['a', 'b', 'a', 'c', 'a', 'b']) f.add(v);
    expect(f.exact).toBe(true);
    expect(f.top(2)).toEqual([{ value: 'a', count: 3 }, { value: 'b', count: 2 }]);
  });

  it.each([[8, 1], [64, 2], [1000, 3]])('matches the textbook Misra-Gries summary (capacity %i, seed %i)', (capacity, seed) => {
    const values = stream(50_000, seed);
    const f = new FrequentValues(capacity);
    for (const v of values) f.add(v);
    const expected = reference(capacity, values);
    expect(f.size).toBe(expected.size);
    expect(f.top(capacity)).toEqual([...expected].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)));
    expect(f.exact).toBe(false);
  });

  it('tells onOverflow every value once, before the first step', () => {
    const seen: string[][] = [];
    const f = new FrequentValues(2, (values) => seen.push([...values]));
    for (const v of ['x', 'y', 'z', 'w']) f.add(v);
    expect(seen).toEqual([['x', 'y']]);
  });
});
