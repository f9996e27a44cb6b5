import { describe, expect, it } from 'vitest';
import { compareDates, isEmail, isIsoDateTime, parseIsoDate, parseUsDate } from './value-formats.js';

describe('value formats', () => {
  it('reads Clever MM/DD/YYYY and rejects other shapes and impossible dates', () => {
    expect(parseUsDate('02/29/2024')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2/29/2024', '02/29/2023', '13/01/2020', '2020-01-01', '01/01/20', '04/31/2020']) expect(parseUsDate(bad)).toBeUndefined();
  });

  it('reads OneRoster YYYY-MM-DD and rejects other shapes', () => {
    expect(parseIsoDate('2026-08-17')).toEqual({ year: 2026, month: 8, day: 17 });
    for (const bad of ['08/17/2026', '2026-8-17', '2026-02-30', '2026-08-17T00:00:00Z']) expect(parseIsoDate(bad)).toBeUndefined();
  });

  it('accepts zoned ISO date-times only', () => {
    expect(isIsoDateTime('2025-08-01T00:00:00.000Z')).toBe(true);
    expect(isIsoDateTime('2025-08-01T10:20:30+02:00')).toBe(true);
    for (const bad of ['2025-08-01', '2025-08-01T00:00:00', '2025-08-01 00:00:00Z', '2025-13-01T00:00:00Z']) expect(isIsoDateTime(bad)).toBe(false);
  });

  it('accepts x@y.z emails and nothing looser', () => {
    expect(isEmail('ana.diaz@s.example.org')).toBe(true);
    expect(isEmail("o'neil+tag@k12.test")).toBe(true);
    for (const bad of ['ana', 'ana@example', '@example.org', 'ana@@example.org', 'ana diaz@example.org', 'ana@example.', 'a,b@example.org']) expect(isEmail(bad)).toBe(false);
  });

  it('orders dates', () => {
    expect(compareDates({ year: 2026, month: 8, day: 17 }, { year: 2026, month: 12, day: 1 })).toBeLessThan(0);
    expect(compareDates({ year: 2027, month: 1, day: 1 }, { year: 2026, month: 12, day: 31 })).toBeGreaterThan(0);
  });
});
