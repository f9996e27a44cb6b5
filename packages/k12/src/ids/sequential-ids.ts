import type { DistrictPlan } from '../plan/roster-plan.js';
import { keyFor } from '../random/seeded.js';
import type { DistrictIds } from './id-scheme.js';
import { stateId, TEACHER_BASE } from './state-ids.js';

/** IDs one district needs: its own, schools, teachers, staff, students, sections. */
function idsNeeded(p: DistrictPlan): number {
  return 1 + p.schools.length + p.teachers + p.staff + p.students + p.sections;
}

/** Block size: 100000 unless a district needs more, then the next power of ten. */
export function sequentialBlock(districts: readonly DistrictPlan[]): number {
  const need = Math.max(...districts.map(idsNeeded));
  let block = 100_000;
  while (block < need) block *= 10;
  return block;
}

/**
 * Seed 000's sequential IDs: plain integers in non-overlapping blocks per district (district 1 from
 * 100000, district 2 from 200000, …). Inside a block: the district, its schools, teachers, staff,
 * students and sections, in that order, so no two records of a run share an ID.
 */
export function sequentialIds(seed: string, plan: DistrictPlan, block: number, firstGlobal: { student: number; teacher: number }): DistrictIds {
  const base = (plan.info.index + 1) * block;
  const schools = base + 1;
  const teachers = schools + plan.schools.length;
  const staff = teachers + plan.teachers;
  const students = staff + plan.staff;
  const sections = students + plan.students;
  return {
    district: String(base),
    school: (s) => String(schools + s),
    schoolNumber: (s) => String(schools + s),
    student: (_s, k) => String(students + k),
    studentNumber: (k) => String(students + k),
    stateStudentId: (k) => stateId(firstGlobal.student + k, keyFor(seed, 'state-id')),
    teacher: (k) => String(teachers + k),
    teacherNumber: (k) => String(teachers + k),
    stateTeacherId: (k) => stateId(TEACHER_BASE + firstGlobal.teacher + k, keyFor(seed, 'state-id')),
    staff: (k) => String(staff + k),
    staffNumber: (k) => String(staff + k),
    section: (k) => String(sections + k),
  };
}
