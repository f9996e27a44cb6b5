import type { Subject } from '../plan/schedule.js';
import { spedTeachers } from '../plan/plan-school.js';
import { PERIODS } from '../plan/timetable.js';
import { gradeLabel } from './grades.js';
import { SPECIAL_EDUCATION, SPECIALISTS, SUBJECT_ROLE, type TeacherRole } from './departments.js';
import { departmentSizes } from './department-sizes.js';
import type { Section } from './roster-types.js';

function homeroomTeachers(sections: readonly Section[], roles: TeacherRole[]): void {
  for (const s of sections) {
    if (!s.homeroom) continue;
    s.teacher = roles.length;
    roles.push({ title: `${gradeLabel(s.grade)} Teacher`, department: 'Elementary Education' });
  }
}

/** Adds the subject teachers to `roles`; returns each subject's teacher indices. */
function departments(periods: readonly Section[], available: number, roles: TeacherRole[]): Map<Subject, number[]> {
  const bySubject = new Map<Subject, number[]>();
  for (const [subject, n] of departmentSizes(periods, available)) {
    const list: number[] = [];
    for (let i = 0; i < n; i++) { list.push(roles.length); roles.push(SUBJECT_ROLE[subject]); }
    bySubject.set(subject, list);
  }
  return bySubject;
}

/** Teachers' loads while one period is filled: sections so far, courses taught, the last period taken. */
interface Loads {
  readonly sections: number[];
  readonly courses: Set<string>[];
  readonly lastPeriod: number[];
}

/** The least-loaded teacher of `list` still free in `period` (one who already teaches the course on a tie), or -1. */
function freeTeacher(list: readonly number[], s: Section, loads: Loads): number {
  let best = -1;
  let bestScore = Infinity;
  for (const t of list) {
    if (loads.lastPeriod[t] === s.period) continue;
    const score = (loads.sections[t] as number) * 2 + ((loads.courses[t] as Set<string>).has(s.course) ? 0 : 1);
    if (score < bestScore) { best = t; bestScore = score; }
  }
  return best;
}

function give(s: Section, t: number, loads: Loads): void {
  if (t < 0) throw new Error(`k12: no teacher free in period ${s.period} for section ${s.id} (the plan under-staffs it)`);
  s.teacher = t;
  loads.sections[t] = (loads.sections[t] as number) + 1;
  (loads.courses[t] as Set<string>).add(s.course);
  loads.lastPeriod[t] = s.period;
}

/**
 * Period sections, one period at a time: each to a free teacher of its subject, and what they
 * cannot take (advisory, a subject short of teachers) to any free teacher. The plan staffs the
 * busiest period, so a free teacher always exists and nobody teaches two classes at once.
 */
function periodTeachers(periods: readonly Section[], available: number, roles: TeacherRole[]): void {
  const bySubject = departments(periods, available, roles);
  const pool = [...bySubject.values()].flat();
  const loads: Loads = { sections: roles.map(() => 0), courses: roles.map(() => new Set()), lastPeriod: roles.map(() => -1) };
  for (let p = 1; p <= PERIODS; p++) {
    const now = periods.filter((s) => s.period === p);
    const rest = now.filter((s) => {
      const t = freeTeacher(bySubject.get(s.subject) ?? [], s, loads);
      if (t >= 0) give(s, t, loads);
      return t < 0;
    });
    for (const s of rest) give(s, freeTeacher(pool, s, loads), loads);
  }
}

/**
 * Gives every section its primary teacher and returns each teacher's title and department:
 * one teacher per elementary homeroom; the rest split into special education (≈10 %) and
 * subject departments sized by their sections and busiest period; elementary-only schools get
 * specialists instead. No teacher gets two sections meeting in the same period.
 */
export function assignTeachers(sections: readonly Section[], teachers: number): TeacherRole[] {
  const roles: TeacherRole[] = [];
  homeroomTeachers(sections, roles);
  const periods = sections.filter((s) => !s.homeroom);
  const rest = teachers - roles.length;
  if (periods.length === 0) {
    for (let i = 0; i < rest; i++) roles.push(SPECIALISTS[i % SPECIALISTS.length] as TeacherRole);
    return roles;
  }
  const sped = spedTeachers(rest);
  periodTeachers(periods, rest - sped, roles);
  for (let i = 0; i < sped; i++) roles.push(SPECIAL_EDUCATION);
  return roles;
}
