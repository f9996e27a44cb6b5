import { describe, expect, it } from 'vitest';
import { gradesOf, type SchoolLevel } from './school-levels.js';
import { gradeCounts, planGrades } from './plan-school.js';
import type { GradePlan } from './roster-plan.js';
import { busiestPeriod, PERIODS, timetable } from './timetable.js';
import { cohortStart, interleave } from './plan-slots.js';

function school(level: SchoolLevel, size: number): { grades: GradePlan[]; periods: Uint8Array } {
  const grades = gradesOf(level);
  const planned = planGrades(grades, gradeCounts(size, grades.length, 7));
  return { grades: planned.grades, periods: timetable(planned.grades, planned.sections) };
}

/** The periods a student of cohort `c` in cohort rank `rank` attends, one per slot (electives through the rank's block). */
function studentPeriods(g: GradePlan, periods: Uint8Array, c: number, rank: number): number[] {
  return g.slots.map((slot) => {
    if (slot.core) return periods[(slot.options[0]?.firstSection as number) + c] as number;
    const pool = slot.pools.find((p) => rank >= p.start && rank < p.start + p.students);
    const x = pool?.sections.findIndex((k) => k > 0) ?? -1;
    return pool && x >= 0 ? (periods[pool.first[x] as number] as number) : -1;
  });
}

const CASES: [SchoolLevel, number][] = [['middle', 400], ['high', 1000], ['k8', 700], ['secondary', 1500], ['high', 40], ['middle', 5000]];

describe('timetable', () => {
  it.each(CASES)('never gives a %s school (%i students) two classes of one student in one period', (level, size) => {
    const { grades, periods } = school(level, size);
    for (const g of grades.filter((x) => x.cohorts > 0)) for (let c = 0; c < g.cohorts; c++) {
      for (const rank of [cohortStart(c, g.students, g.cohorts), cohortStart(c + 1, g.students, g.cohorts) - 1]) {
        const mine = studentPeriods(g, periods, c, rank);
        expect(mine.every((p) => p >= 1 && p <= PERIODS)).toBe(true);
        expect(new Set(mine).size).toBe(mine.length);
      }
    }
  });

  it('meets all sections of an elective block in one period, and blocks of a grade in several', () => {
    const { grades, periods } = school('high', 1000);
    for (const g of grades) for (const slot of g.slots.filter((s) => s.pools.length > 0)) {
      const blockPeriods = slot.pools.map((pool) => {
        const ps = new Set(pool.sections.flatMap((k, x) => Array.from({ length: k }, (_, i) => periods[(pool.first[x] as number) + i])));
        expect(ps.size).toBe(1);
        return [...ps][0];
      });
      expect(new Set(blockPeriods).size).toBeGreaterThan(1);
    }
  });

  it("spreads every subject's sections over the day (no period above its even share + 2)", () => {
    const { grades, periods } = school('high', 1000);
    const bySubject = new Map<string, number[]>();
    for (const g of grades) for (const slot of g.slots) for (const o of slot.options) for (let i = 0; i < o.sections; i++) {
      const row = bySubject.get(o.subject) ?? Array.from({ length: PERIODS + 1 }, () => 0);
      row[periods[o.firstSection + i] as number]! += 1;
      bySubject.set(o.subject, row);
    }
    for (const row of bySubject.values()) {
      const n = row.reduce((a, b) => a + b, 0);
      expect(Math.max(...row)).toBeLessThanOrEqual(Math.ceil(n / PERIODS) + 2);
    }
    expect(busiestPeriod(periods)).toBeLessThanOrEqual(Math.ceil(periods.length / PERIODS) + 2);
  });

  it('keeps elective classes near the target size and each course offered across the grade', () => {
    for (const level of ['middle', 'high'] as const) {
      const { grades } = school(level, 1000);
      for (const g of grades) for (const pool of g.slots.flatMap((s) => s.pools)) {
        const size = pool.students / pool.sections.reduce((a, b) => a + b, 0);
        expect(size).toBeGreaterThanOrEqual(19);
        expect(size).toBeLessThanOrEqual(25);
      }
    }
  });

  it('interleaves options so each prefix holds them near their shares', () => {
    expect(interleave([2, 2, 1])).toEqual([0, 1, 2, 0, 1]);
    expect(interleave([3, 0, 1]).filter((x) => x === 0)).toHaveLength(3);
  });
});
