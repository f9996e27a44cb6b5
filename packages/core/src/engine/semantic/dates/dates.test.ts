import { describe, expect, it } from 'vitest';
import { civilFromDays } from '../../../util/civil-date.js';
import { drawRows } from '../internal/test-rng.js';
import { addDays, addYears, daysToIso, isoToDays } from './civil.js';
import { birthDate, dateBetween, timeOfDay, timestampBetween } from './date-between.js';

/** Whole years between a birth day and a reference day, by calendar fields. */
function ageOn(birth: number, reference: number): number {
  const [by, bm, bd] = civilFromDays(birth);
  const [ry, rm, rd] = civilFromDays(reference);
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
}

describe('civil dates', () => {
  it('converts ISO dates to day numbers and back', () => {
    expect(isoToDays('1970-01-01')).toBe(0);
    expect(isoToDays('2000-03-01')).toBe(11_017);
    expect(isoToDays('2025-01-01')).toBe(20_089);
    expect(isoToDays('1969-12-31')).toBe(-1);
    expect(daysToIso(19_782)).toBe('2024-02-29');
    for (let d = -40_000; d <= 40_000; d += 37) expect(isoToDays(daysToIso(d))).toBe(d);
  });

  it('rejects malformed or impossible dates', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-1', 'yesterday', '2024-04-31']) expect(() => isoToDays(bad)).toThrow();
    expect(isoToDays('2024-02-29')).toBe(19_782);
  });

  it('adds days and years', () => {
    expect(addDays(isoToDays('2024-12-31'), 1)).toBe(isoToDays('2025-01-01'));
    expect(daysToIso(addYears(isoToDays('2024-02-29'), 1))).toBe('2025-02-28');
    expect(daysToIso(addYears(isoToDays('2025-06-15'), -30))).toBe('1995-06-15');
  });
});

describe('random dates and times', () => {
  const ref = isoToDays('2025-06-15');

  it('dateBetween is inclusive and stays in range', () => {
    const days = drawRows(5000, (r) => dateBetween(r, 100, 104));
    expect(new Set(days)).toEqual(new Set([100, 101, 102, 103, 104]));
    expect(() => drawRows(1, (r) => dateBetween(r, 5, 4))).toThrow();
  });

  it('birthDate gives ages within [minAge, maxAge] on the reference day', () => {
    for (const [min, max] of [[18, 90], [5, 18], [0, 0], [65, 65], [21, 120]] as const) {
      for (const b of drawRows(10_000, (r) => birthDate(r, ref, min, max))) {
        const age = ageOn(b, ref);
        expect(age).toBeGreaterThanOrEqual(min);
        expect(age).toBeLessThanOrEqual(max);
      }
    }
    const leapRef = isoToDays('2024-02-29');
    for (const b of drawRows(10_000, (r) => birthDate(r, leapRef, 30, 31))) expect([30, 31]).toContain(ageOn(b, leapRef));
  });

  it('birthDate skews realistically: fewer people in their late 80s than in their 30s', () => {
    const ages = drawRows(20_000, (r) => ageOn(birthDate(r, ref), ref));
    const thirties = ages.filter((a) => a >= 30 && a < 40).length;
    const lateEighties = ages.filter((a) => a >= 85).length;
    expect(lateEighties * 4).toBeLessThan(thirties);
    expect(ages.filter((a) => a >= 18 && a < 65).length / ages.length).toBeGreaterThan(0.65);
  });

  it('timeOfDay and timestampBetween stay in range', () => {
    for (const t of drawRows(5000, (r) => timeOfDay(r, 9, 17))) {
      expect(Number.isInteger(t)).toBe(true);
      expect(t).toBeGreaterThanOrEqual(9 * 3600);
      expect(t).toBeLessThan(17 * 3600);
    }
    const from = isoToDays('2024-01-01') * 86_400_000;
    const to = isoToDays('2025-01-01') * 86_400_000;
    for (const ms of drawRows(5000, (r) => timestampBetween(r, from, to))) {
      expect(ms).toBeGreaterThanOrEqual(from);
      expect(ms).toBeLessThanOrEqual(to);
    }
  });

  it('is deterministic', () => {
    expect(drawRows(100, (r) => birthDate(r, ref))).toEqual(drawRows(100, (r) => birthDate(r, ref)));
  });
});
