import { describe, expect, it } from 'vitest';
import type { Rng } from '../../rng.js';
import { WeightedTable, zipfTable } from './weighted-table.js';

const TWO_32 = 4294967296;

/** The plain definition: the first index whose cumulative weight exceeds u / 2^32 × total. */
function referencePicker(weights: readonly number[]): (u: number) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += Math.max(0, w)));
  return (u) => {
    const x = (u / TWO_32) * total;
    const i = cumulative.findIndex((c) => c > x);
    return i < 0 ? weights.length - 1 : i;
  };
}

/** An Rng whose next u32 is `u`. */
const fixed = (u: number): Rng => ({ u32: () => u }) as unknown as Rng;

/** Deterministic u32 values: the edges plus a spread (xorshift). */
function draws(n: number): number[] {
  const out = [0, 1, TWO_32 - 1, TWO_32 / 2, TWO_32 / 2 - 1];
  let s = 2463534242;
  for (let i = 0; i < n; i++) {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    out.push(s >>> 0);
  }
  return out;
}

const CASES: Record<string, number[]> = {
  single: [3],
  uniform: Array.from({ length: 1000 }, () => 1),
  'zeros inside and at the ends': [0, 2, 0, 0, 5, 1, 0, 0],
  'one heavy item': [1e-9, 1e9, 1e-9, 1],
  zipf: Array.from({ length: 40_000 }, (_, r) => 1 / (r + 1)),
  'sqrt weights': Array.from({ length: 3_000 }, (_, i) => Math.sqrt(1 + (i % 7))),
};

describe('WeightedTable.pickIndex', () => {
  for (const [name, weights] of Object.entries(CASES)) {
    it(`gives the same index as the plain cumulative search: ${name}`, () => {
      const table = new WeightedTable(weights.map((_, i) => i), weights);
      const reference = referencePicker(weights);
      for (const u of draws(20_000)) expect(table.pickIndex(fixed(u)), `u=${u}`).toBe(reference(u));
    });
  }

  it('checks every bucket edge of a table with more items than buckets', () => {
    const table = zipfTable(Array.from({ length: 70_000 }, (_, i) => i), 0);
    const reference = referencePicker(Array.from({ length: 70_000 }, (_, r) => 1 / (r + 1)));
    for (let b = 0; b < 65_536; b += 97) {
      const u = Math.ceil((b * TWO_32) / 65_536);
      for (const v of [u - 1, u, u + 1]) if (v >= 0 && v < TWO_32) expect(table.pickIndex(fixed(v))).toBe(reference(v));
    }
  });

  it('rejects an empty list and a zero total', () => {
    expect(() => new WeightedTable([], [])).toThrow();
    expect(() => new WeightedTable(['a'], [0])).toThrow();
  });
});
