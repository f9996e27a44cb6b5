import { describe, expect, it } from 'vitest';
import { resolveOptions, ROSTER_DEFAULTS } from '../options/roster-options.js';
import { planRoster } from '../plan/plan-roster.js';
import { hasNoFiveRun } from '../random/digit-runs.js';
import { idsFor } from './ids-for.js';

const plan = (idMode: 'alphanumeric' | 'sequential', districts = 3) => planRoster(resolveOptions({ ...ROSTER_DEFAULTS, idMode, districts }));

function everyId(p: ReturnType<typeof plan>): string[] {
  return idsFor(p).flatMap((ids, d) => {
    const dp = p.districts[d]!;
    return [
      ...dp.schools.map((s) => ids.school(s.index)),
      ...Array.from({ length: dp.teachers }, (_, k) => ids.teacher(k)),
      ...Array.from({ length: dp.staff }, (_, k) => ids.staff(k)),
      ...Array.from({ length: dp.sections }, (_, k) => ids.section(k)),
      ...dp.schools.flatMap((s) => Array.from({ length: s.size }, (_, i) => ids.student(s.index, s.offsets.student + i))),
    ];
  });
}

describe('alphanumeric IDs', () => {
  it('follow seed 000 shapes with a numeric prefix per district', () => {
    const [a, b] = idsFor(plan('alphanumeric'));
    expect(a!.school(0)).toMatch(/^[0-9a-f]{5,6}$/);
    expect(a!.student(0, 0)).toMatch(/^CA-01-10\d{6}$/);
    expect(b!.student(2, 0)).toMatch(/^NY-03-11\d{6}$/);
    expect(a!.teacher(0)).toMatch(/^CA-T-10\d{4}$/);
    expect(a!.stateStudentId(0)).toMatch(/^9\d{9}$/);
  });

  it('never collide across districts and never hold five ascending digits', () => {
    const ids = everyId(plan('alphanumeric', 4));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !hasNoFiveRun(id) || (!/[a-f]/.test(id) && !hasNoFiveRun(id.replace(/\D/g, ''))))).toEqual([]);
  });
});

describe('sequential IDs', () => {
  it('are integers in blocks of 100000 per district', () => {
    const p = plan('sequential');
    const ids = idsFor(p);
    expect(ids.map((x) => x.district)).toEqual(['100000', '200000', '300000']);
    const all = everyId(p).map(Number);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((n, i) => Number.isInteger(n) && n > 100000 && n < 400000 && i >= 0)).toBe(true);
  });
});
