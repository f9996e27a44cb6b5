import { describe, expect, it } from 'vitest';
import { isbn10, isbn13 } from './isbn.js';

/** Independent validators (ISO 2108). */
function validIsbn13(s: string): boolean {
  if (!/^97[89]\d{10}$/.test(s)) return false;
  const sum = [...s].reduce((acc, ch, i) => acc + Number(ch) * (i % 2 === 0 ? 1 : 3), 0);
  return sum % 10 === 0;
}
function validIsbn10(s: string): boolean {
  if (!/^\d{9}[\dX]$/.test(s)) return false;
  const sum = [...s].reduce((acc, ch, i) => acc + (ch === 'X' ? 10 : Number(ch)) * (10 - i), 0);
  return sum % 11 === 0;
}

describe('ISBN', () => {
  const N = 100_000;
  const thirteens = Array.from({ length: N }, (_, i) => isbn13(i));
  const tens = Array.from({ length: N }, (_, i) => isbn10(i));

  it('gives valid check digits', () => {
    expect(thirteens.filter((s) => !validIsbn13(s))).toEqual([]);
    expect(tens.filter((s) => !validIsbn10(s))).toEqual([]);
    expect(tens.some((s) => s.endsWith('X'))).toBe(true);
  });

  it('is a bijection of the index over 100k indexes, and not sequential', () => {
    expect(new Set(thirteens).size).toBe(N);
    expect(new Set(tens).size).toBe(N);
    const bodies = thirteens.slice(0, 100).map((s) => Number(s.slice(3, 12)));
    expect(bodies.slice(1).filter((b, i) => Math.abs(b - (bodies[i] as number)) < 1000).length).toBeLessThan(5);
  });

  it('keeps isbn10 and isbn13 of one index the same book', () => {
    for (let i = 0; i < 1000; i++) expect((isbn13(i * 997)).slice(3, 12)).toBe(isbn10(i * 997).slice(0, 9));
  });

  it('works up to 10^9 - 1 and rejects beyond', () => {
    expect(validIsbn13(isbn13(999_999_999))).toBe(true);
    expect(() => isbn13(1_000_000_000)).toThrow();
    expect(() => isbn10(-1)).toThrow();
  });
});
