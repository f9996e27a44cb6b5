import { describe, expect, it } from 'vitest';
import { AgeGradeCheck } from './age-grade-check.js';
import { ageOnSeptemberFirst, cleverGradeOf, gradeRank, nominalAge } from './grade-rules.js';

describe('grade ladder', () => {
  it('orders Clever grades and leaves Ungraded, Other and unknown values off the ladder', () => {
    expect(gradeRank('PreKindergarten')).toBeLessThan(gradeRank('Kindergarten') ?? -1);
    expect(gradeRank('9')).toBeLessThan(gradeRank('12') ?? -1);
    expect(gradeRank('12')).toBeLessThan(gradeRank('PostGraduate') ?? -1);
    expect([gradeRank('Ungraded'), gradeRank('Other'), gradeRank('K'), gradeRank('09')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('maps CEDS codes to Clever grades', () => {
    expect(['KG', '03', '12', 'PS', 'UG', 'Other', '3'].map(cleverGradeOf)).toEqual(['Kindergarten', '3', '12', 'PostGraduate', 'Ungraded', 'Other', undefined]);
  });

  it('gives the usual age on 1 September', () => {
    expect(['PreKindergarten', 'Kindergarten', '1', '12', 'PostGraduate', 'Ungraded'].map(nominalAge)).toEqual([4, 5, 6, 17, undefined, undefined]);
    expect(ageOnSeptemberFirst({ year: 2021, month: 9, day: 1 }, 2026)).toBe(5);
    expect(ageOnSeptemberFirst({ year: 2021, month: 9, day: 2 }, 2026)).toBe(4);
  });
});

describe('AgeGradeCheck', () => {
  it('infers the fall year from the students and flags ages more than two years off', () => {
    const check = new AgeGradeCheck();
    check.observe({ year: 2018, month: 3, day: 14 }, 8);
    check.observe({ year: 2011, month: 6, day: 30 }, 15);
    check.observe({ year: 2000, month: 1, day: 1 }, 8);
    expect(check.resolvedFallYear()).toBe(2026);
    expect(check.problem({ year: 2016, month: 9, day: 1 }, 8)).toBeUndefined();
    expect(check.problem({ year: 2021, month: 9, day: 2 }, 8)).toMatch(/age 4 on 09\/01\/2026/);
    expect(check.problem({ year: 2015, month: 8, day: 31 }, 8)).toMatch(/age 11/);
  });

  it('prefers a fall year the roster states', () => {
    const check = new AgeGradeCheck();
    check.useFallYear(2030);
    check.observe({ year: 2018, month: 3, day: 14 }, 8);
    expect(check.resolvedFallYear()).toBe(2030);
  });

  it('says nothing without evidence', () => {
    expect(new AgeGradeCheck().problem({ year: 1900, month: 1, day: 1 }, 8)).toBeUndefined();
  });
});
