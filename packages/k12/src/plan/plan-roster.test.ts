import { describe, expect, it } from 'vitest';
import { resolveOptions, ROSTER_DEFAULTS } from '../options/roster-options.js';
import { planRoster } from './plan-roster.js';
import type { LEVELS } from './school-levels.js';

const o = (over: object = {}) => resolveOptions({ ...ROSTER_DEFAULTS, ...over });

describe('planRoster', () => {
  it('covers K–12 in every district with elementary, middle and high schools', () => {
    for (const d of planRoster(o()).districts) {
      const grades = new Set(d.schools.flatMap((s) => s.grades.map((g) => g.grade)));
      expect([...grades].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(d.students).toBe(2000);
    }
  });

  it('spreads students close to evenly over the grades in large districts', () => {
    const plan = planRoster(o({ districts: 2, schoolsPerDistrict: 26, studentsPerSchool: 500 }));
    const perGrade = Array.from({ length: 13 }, () => 0);
    for (const d of plan.districts) for (const s of d.schools) for (const g of s.grades) perGrade[g.grade]! += g.students;
    const total = perGrade.reduce((a, b) => a + b, 0);
    for (const n of perGrade) expect(Math.abs(n / total - 1 / 13)).toBeLessThan(0.02);
  });

  it('sizes schools inside the range, elementary schools smaller than high schools', () => {
    const schools = planRoster(o({ schoolsPerDistrict: 30, studentsPerSchool: [200, 1200] })).districts.flatMap((d) => d.schools);
    expect(schools.every((s) => s.size >= 200 && s.size <= 1200)).toBe(true);
    const mean = (level: keyof typeof LEVELS): number => {
      const xs = schools.filter((s) => s.level === level).map((s) => s.size);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(mean('elementary')).toBeLessThan(mean('high'));
  });

  it('is a pure function of the options', () => {
    expect(JSON.stringify(planRoster(o({ seed: 9 })))).toBe(JSON.stringify(planRoster(o({ seed: 9 }))));
    expect(JSON.stringify(planRoster(o({ seed: 9 })))).not.toBe(JSON.stringify(planRoster(o({ seed: 10 }))));
  });
});
