import { describe, expect, it } from 'vitest';
import { permuteIndex } from './permute-index.js';

function image(n: number, key: number): number[] {
  return Array.from({ length: n }, (_, i) => permuteIndex(i, n, key));
}

describe('permuteIndex', () => {
  it.each([1, 2, 3, 7, 16, 17, 1000, 4096, 65537])('is a bijection of [0, %i)', (n) => {
    for (const key of [0, 1, 0xdeadbeef]) {
      const out = image(n, key);
      expect(out.every((x) => Number.isInteger(x) && x >= 0 && x < n)).toBe(true);
      expect(new Set(out).size).toBe(n);
    }
  });

  it('scatters consecutive indexes and depends on the key', () => {
    const a = image(1000, 1);
    const b = image(1000, 2);
    expect(a.filter((x, i) => x === i).length).toBeLessThan(20);
    expect(a.filter((x, i) => x === b[i]).length).toBeLessThan(20);
    const steps = a.slice(1).map((x, i) => Math.abs(x - (a[i] as number)));
    expect(steps.filter((s) => s === 1).length).toBeLessThan(20);
  });

  it('stays injective and in range on large domains', () => {
    for (const n of [1e9, 2 ** 40 + 3, 2 ** 52]) {
      const out = Array.from({ length: 100_000 }, (_, i) => permuteIndex(i, n, 42));
      expect(out.every((x) => x >= 0 && x < n && Number.isInteger(x))).toBe(true);
      expect(new Set(out).size).toBe(100_000);
    }
  });

  it('is pure: same inputs, same output, regardless of call order', () => {
    const first = permuteIndex(123_456, 1e9, 7);
    permuteIndex(5, 10, 99);
    expect(permuteIndex(123_456, 1e9, 7)).toBe(first);
  });

  it('rejects indexes outside [0, n) and bad sizes', () => {
    expect(() => permuteIndex(5, 5, 0)).toThrow();
    expect(() => permuteIndex(-1, 5, 0)).toThrow();
    expect(() => permuteIndex(0, 0, 0)).toThrow();
    expect(() => permuteIndex(0, 2 ** 53, 0)).toThrow();
  });
});
