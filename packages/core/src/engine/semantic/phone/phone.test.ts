import { describe, expect, it } from 'vitest';
import { drawRows } from '../internal/test-rng.js';
import { phone, phoneFitting, PHONE_FORMAT_LENGTHS, type PhoneFormat } from './phone.js';

const FORMATS: Readonly<Record<PhoneFormat, RegExp>> = {
  parens: /^\(415\) 555-01\d\d$/,
  dashed: /^415-555-01\d\d$/,
  dotted: /^415\.555\.01\d\d$/,
  e164: /^\+141555501\d\d$/,
  plain: /^41555501\d\d$/,
};

describe('phone', () => {
  it('always uses the fictitious 555-01xx exchange in the requested format', () => {
    for (const [format, pattern] of Object.entries(FORMATS) as [PhoneFormat, RegExp][]) {
      const numbers = drawRows(500, (r) => phone(r, '415', format));
      for (const n of numbers) {
        expect(n).toMatch(pattern);
        expect(n.length).toBe(PHONE_FORMAT_LENGTHS[format]);
      }
      expect(new Set(numbers).size).toBeGreaterThan(60);
    }
    expect(drawRows(1, (r) => phone(r, '212'))[0]).toMatch(/^\(212\) 555-01\d\d$/);
  });

  it('phoneFitting never exceeds maxLength and keeps one format per width', () => {
    for (let max = 0; max <= 20; max++) {
      const numbers = drawRows(50, (r) => phoneFitting(r, '312', max));
      for (const n of numbers) expect(n.length).toBeLessThanOrEqual(max);
      expect(new Set(numbers.map((n) => n.replace(/\d/g, '9'))).size).toBeLessThanOrEqual(1);
    }
    expect(drawRows(1, (r) => phoneFitting(r, '312', 14))[0]).toMatch(/^\(312\) 555-01\d\d$/);
    expect(drawRows(1, (r) => phoneFitting(r, '312', 12))[0]).toMatch(/^312-555-01\d\d$/);
    expect(drawRows(1, (r) => phoneFitting(r, '312', 8))[0]).toMatch(/^555-01\d\d$/);
  });
});
