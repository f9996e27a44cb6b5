import { describe, expect, it } from 'vitest';
import { streamKey } from '@rowforge/core';
import { permuteIndex } from './permute.js';
import { hasNoFiveRun, leadingAscendingRun, longestAscendingRun } from './digit-runs.js';
import { noRunDecimal, noRunHex } from './no-run-digits.js';

describe('permuteIndex', () => {
  it.each([1, 2, 7, 1000, 4096, 12345])('is a bijection of [0, %i)', (size) => {
    const key = streamKey(1, 'test', String(size));
    const seen = new Set(Array.from({ length: size }, (_, i) => permuteIndex(i, size, key)));
    expect(seen.size).toBe(size);
    expect([...seen].every((v) => v >= 0 && v < size)).toBe(true);
  });

  it('depends on the key', () => {
    const a = Array.from({ length: 20 }, (_, i) => permuteIndex(i, 1_000_000, streamKey(1, 'a')));
    const b = Array.from({ length: 20 }, (_, i) => permuteIndex(i, 1_000_000, streamKey(2, 'a')));
    expect(a).not.toEqual(b);
  });
});

describe('ascending digit runs', () => {
  it('finds the longest run of digits climbing by one', () => {
    expect(longestAscendingRun('CA-01-10482910')).toBe(2);
    expect(longestAscendingRun('9912345')).toBe(5);
    expect(longestAscendingRun('1234-5678')).toBe(4);
    expect(hasNoFiveRun('56789')).toBe(false);
    expect(hasNoFiveRun('13579')).toBe(true);
  });

  it('measures the run at the start', () => {
    expect(leadingAscendingRun('1234x')).toBe(4);
    expect(leadingAscendingRun('10482910')).toBe(1);
    expect(leadingAscendingRun('')).toBe(0);
  });
});

describe('no-run digit strings', () => {
  it('are injective and never put a digit after its predecessor + 1', () => {
    const all = Array.from({ length: 9 ** 4 }, (_, v) => noRunDecimal(v, 4, 1));
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((s) => longestAscendingRun(`1${s}`) > 1)).toEqual([]);
  });

  it('work for hex too', () => {
    const all = Array.from({ length: 15 ** 3 }, (_, v) => noRunHex(v, 3));
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((s) => /^[0-9a-f]{3}$/.test(s) && longestAscendingRun(s) <= 1)).toBe(true);
  });
});
