import { describe, expect, it } from 'vitest';
import { idsFor } from '../ids/ids-for.js';
import { resolveOptions, ROSTER_DEFAULTS, type RosterOptions } from '../options/roster-options.js';
import { planRoster } from '../plan/plan-roster.js';
import { buildSchool } from './build-school.js';
import { SUBJECT_ROLE } from './departments.js';
import type { SchoolRoster } from './roster-types.js';

function schools(over: Partial<RosterOptions>): SchoolRoster[] {
  const o = resolveOptions({ ...ROSTER_DEFAULTS, ...over });
  const plan = planRoster(o);
  const ids = idsFor(plan);
  return plan.districts.flatMap((d, i) => d.schools.map((plan) => buildSchool({ o, district: d.info, ids: ids[i]!, plan })));
}

/** "teacher@period" pairs met more than once: a teacher (primary or co-teacher) in two sections at once. */
function doubleBooked(s: SchoolRoster): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const sec of s.sections) for (const t of [sec.teacher, sec.coTeacher]) {
    if (t < 0) continue;
    const key = `${t}@${sec.homeroom ? 'HR' : sec.period}`;
    if (seen.has(key)) twice.push(key); else seen.add(key);
  }
  return twice;
}

const RUNS: [string, Partial<RosterOptions>][] = [
  ['the defaults', {}],
  ['a range of sizes with co-teaching at 20 %', { districts: 1, schoolsPerDistrict: 24, studentsPerSchool: [150, 2500], coTeachingShare: 0.2, seed: 'mix' }],
  ['tiny schools', { districts: 1, schoolsPerDistrict: 12, studentsPerSchool: 30, seed: 'tiny' }],
];

describe('teacher assignment', () => {
  it.each(RUNS)('never books a teacher twice in one period, nor a student (%s)', (_, over) => {
    for (const s of schools(over)) {
      expect(doubleBooked(s), s.plan.name).toEqual([]);
      for (const st of s.students) {
        const periods = st.sections.map((k) => s.sections[k]!.period).filter((p) => p > 0);
        expect(new Set(periods).size).toBe(periods.length);
      }
    }
  });

  it('keeps subject teachers in their department and gives each at most one class per period', () => {
    for (const s of schools({ districts: 1, schoolsPerDistrict: 6, studentsPerSchool: 900, seed: 'dept' })) {
      const loads = new Map<number, number>();
      for (const sec of s.sections.filter((x) => !x.homeroom)) loads.set(sec.teacher, (loads.get(sec.teacher) ?? 0) + 1);
      expect(Math.max(...loads.values())).toBeLessThanOrEqual(7);
      const foreign = s.sections.filter((x) => !x.homeroom && x.subject !== 'homeroom/advisory' && s.teachers[x.teacher]!.department !== SUBJECT_ROLE[x.subject].department);
      expect(foreign).toEqual([]);
    }
  });
});
