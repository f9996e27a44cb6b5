import type { Rng } from '@rowforge/core';
import type { ResolvedOptions } from '../options/roster-options.js';
import { permuteIndex } from '../random/permute.js';
import { keyFor } from '../random/seeded.js';
import { stochasticRound } from '../random/stochastic-round.js';
import { cohortsFor, planSlot } from './plan-slots.js';
import type { GradePlan } from './roster-plan.js';
import { scheduleFor } from './schedule.js';
import { busiestPeriod } from './timetable.js';
import { LEVELS, type SchoolLevel } from './school-levels.js';

/** NCES pupil/teacher ratio, fall 2022 (Digest 216.30). */
export const PUPILS_PER_TEACHER = 15.4;

/** Size of a school of `level` at draw `u`: elementary schools sit low in the MIN-MAX range, high schools high. */
export function sizeFor(o: ResolvedOptions, level: SchoolLevel, u: number): number {
  const frac = Math.min(1, LEVELS[level].sizeFrom + u * 0.6);
  return o.studentsMin + Math.round((o.studentsMax - o.studentsMin) * frac);
}

/** Students per grade: an even split, the remainder to grades chosen by the seed. */
export function gradeCounts(size: number, span: number, key: number): number[] {
  const counts = Array.from({ length: span }, () => Math.floor(size / span));
  const extra = size % span;
  for (let j = 0; j < extra; j++) {
    const at = permuteIndex(j, span, key);
    counts[at] = (counts[at] as number) + 1;
  }
  return counts;
}

/** The grades of a school with their schedule slots, sections numbered school-wide. */
export function planGrades(grades: readonly number[], counts: readonly number[]): { grades: GradePlan[]; sections: number } {
  const next = { section: 0 };
  let firstStudent = 0;
  const plans = grades.map((g, i) => {
    const n = counts[i] as number;
    const schedule = scheduleFor(g);
    const cohorts = cohortsFor(n, schedule);
    const plan = { grade: g, students: n, firstStudent, cohorts, slots: schedule.map((slot) => planSlot(slot, n, cohorts, next)) };
    firstStudent += n;
    return plan;
  });
  return { grades: plans, sections: next.section };
}

/** Special-education teachers among the `rest` teachers of a school with period sections (≈10 %, none below 4). */
export function spedTeachers(rest: number): number {
  return rest >= 4 ? Math.max(1, Math.round(rest * 0.1)) : 0;
}

/**
 * Teachers: the pupil/teacher ratio, but never fewer than one per homeroom plus one per six period
 * sections, and enough subject teachers (special education aside) to staff the busiest period.
 */
export function teachersFor(size: number, grades: readonly GradePlan[], periods: Uint8Array): number {
  let homerooms = 0;
  let sections = 0;
  for (const g of grades) for (const s of g.slots) for (const o of s.options) {
    if (s.homeroom) homerooms += o.sections; else sections += o.sections;
  }
  const busiest = busiestPeriod(periods);
  let teachers = Math.max(1, Math.round(size / PUPILS_PER_TEACHER), homerooms + Math.ceil(sections / 6));
  while (sections > 0 && teachers - homerooms - spedTeachers(teachers - homerooms) < busiest) teachers++;
  return teachers;
}

/** The co-taught section and dual-role teacher counts, unbiased over many schools. */
export function shares(o: ResolvedOptions, rng: Rng, teachers: number, sections: number): { dualRoles: number; coTaught: number } {
  const dualRoles = Math.min(teachers, stochasticRound(o.dualRoleShare * teachers, rng.float()));
  const co = stochasticRound(o.coTeachingShare * sections, rng.float());
  return { dualRoles, coTaught: teachers >= 2 ? Math.min(sections, co) : 0 };
}

export function gradeKey(o: ResolvedOptions, d: number, s: number): number {
  return keyFor(o.seed, 'grade-split', d, s);
}
