import { describe, expect, it } from 'vitest';
import { drawRows } from '../internal/test-rng.js';
import { amount, price, quantity, rating } from './money.js';

/** True when x has at most `scale` decimals. */
function atScale(x: number, scale: number): boolean {
  const units = x * 10 ** scale;
  return Math.abs(units - Math.round(units)) < 1e-6;
}

describe('price', () => {
  it('stays in range at the scale, with retail endings', () => {
    const prices = drawRows(10_000, (r) => price(r, 1, 500, 2));
    for (const p of prices) {
      expect(p).toBeGreaterThanOrEqual(1);
      expect(p).toBeLessThanOrEqual(500);
      expect(atScale(p, 2)).toBe(true);
    }
    const cents = prices.map((p) => Math.round(p * 100) % 100);
    expect(cents.filter((c) => c === 99).length / prices.length).toBeGreaterThan(0.4);
    expect(prices.filter((p) => p < 100).length).toBeGreaterThan(prices.filter((p) => p >= 400).length * 2);
  });

  it('handles scales 0 and 1, tight ranges and odd bounds', () => {
    for (const p of drawRows(2000, (r) => price(r, 5, 80, 0))) expect(Number.isInteger(p) && p >= 5 && p <= 80).toBe(true);
    for (const p of drawRows(2000, (r) => price(r, 0.5, 9.5, 1))) expect(atScale(p, 1) && p >= 0.5 && p <= 9.5).toBe(true);
    for (const p of drawRows(500, (r) => price(r, 0.005, 0.014, 2))) expect(p).toBe(0.01);
    expect(() => drawRows(1, (r) => price(r, 0.001, 0.004, 2))).toThrow();
    expect(() => drawRows(1, (r) => price(r, 10, 1, 2))).toThrow();
  });
});

describe('amount, rating, quantity', () => {
  it('amount stays in range and is skewed toward small values', () => {
    const values = drawRows(10_000, (r) => amount(r, 0, 10_000, 2));
    for (const v of values) expect(v >= 0 && v <= 10_000 && atScale(v, 2)).toBe(true);
    const sorted = [...values].sort((a, b) => a - b);
    expect(sorted[5000]).toBeLessThan(1000);
    expect(values.some((v) => v > 3000)).toBe(true);
    const signed = drawRows(4000, (r) => amount(r, -50, 50, 2));
    for (const v of signed) expect(v >= -50 && v <= 50 && atScale(v, 2)).toBe(true);
    expect(signed.filter((v) => v < 0).length).toBeGreaterThan(1500);
    expect(signed.filter((v) => Math.abs(v) < 25).length).toBeGreaterThan(signed.length / 2);
  });

  it('rating leans to the high end', () => {
    const stars = drawRows(10_000, (r) => rating(r, 1, 5));
    const count = (k: number): number => stars.filter((s) => s === k).length;
    expect(stars.every((s) => Number.isInteger(s) && s >= 1 && s <= 5)).toBe(true);
    expect(count(5)).toBeGreaterThan(count(4));
    expect(count(4)).toBeGreaterThan(count(2));
    expect(count(1)).toBeGreaterThan(count(2));
    const decimals = drawRows(10_000, (r) => rating(r, 1, 5, 1));
    expect(decimals.every((d) => d >= 1 && d <= 5 && atScale(d, 1))).toBe(true);
    expect(decimals.reduce((a, b) => a + b, 0) / decimals.length).toBeGreaterThan(3.8);
  });

  it('quantity prefers small numbers and stays in range', () => {
    const q = drawRows(10_000, (r) => quantity(r, 1, 10));
    expect(q.every((x) => Number.isInteger(x) && x >= 1 && x <= 10)).toBe(true);
    expect(q.filter((x) => x === 1).length).toBeGreaterThan(q.filter((x) => x >= 5).length);
    expect(new Set(q).size).toBeGreaterThan(6);
    expect(new Set(drawRows(100, (r) => quantity(r, 3, 3)))).toEqual(new Set([3]));
  });
});
