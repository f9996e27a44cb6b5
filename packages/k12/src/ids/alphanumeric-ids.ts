import type { DistrictPlan } from '../plan/roster-plan.js';
import { permuteIndex } from '../random/permute.js';
import { hasNoFiveRun } from '../random/digit-runs.js';
import { decimalCapacity, noRunDecimal, noRunHex } from '../random/no-run-digits.js';
import { keyFor } from '../random/seeded.js';
import { digitsOf, type DistrictIds } from './id-scheme.js';
import { stateId, TEACHER_BASE } from './state-ids.js';

const HEX_SPACE = 15 ** 6;

/** School IDs: 6 lowercase hex characters, unique across the whole run, no ascending digit pairs. */
export function hexSchoolId(global: number, key: number): string {
  return noRunHex(permuteIndex(global, HEX_SPACE, key), 6);
}

/** A district-prefixed number `<prefix><digits>` drawn without repeats; no digit follows its predecessor + 1. */
function prefixedNumber(prefix: string, width: number, key: number) {
  const size = decimalCapacity(width);
  const last = Number(prefix.charAt(prefix.length - 1));
  return (k: number): string => `${prefix}${noRunDecimal(permuteIndex(k, size, key), width, last)}`;
}

/** `<district prefix><school code>` (e.g. 1003), unique across districts; a 0 splits a rare ascending run. */
function schoolNumber(prefix: string, s: number, width: number): string {
  const code = String(s + 1).padStart(width, '0');
  return hasNoFiveRun(`${prefix}${code}`) ? `${prefix}${code}` : `${prefix}0${code}`;
}

/** Digits for `count` numbers: at least `min`, with room for twice the count. */
function widthFor(count: number, min: number): number {
  let width = min;
  while (decimalCapacity(width) < count * 2) width++;
  return width;
}

/**
 * Seed 000's alphanumeric IDs: school `8f4a1`, student `CA-01-10482910` (state, school code,
 * district prefix + number), teacher `CA-T-104829`; staff `CA-S-…` and sections `CA-SEC-…` alike.
 * Each district has its own numeric prefix (10, 11, …), so districts never collide.
 */
export function alphanumericIds(seed: string, plan: DistrictPlan, schools: number, firstGlobal: { student: number; teacher: number }): DistrictIds {
  const d = plan.info.index;
  const st = plan.info.state.code;
  const prefix = String(10 + d);
  const codeWidth = Math.max(2, digitsOf(schools));
  const key = (what: string): number => keyFor(seed, what, d);
  const student = prefixedNumber(prefix, widthFor(plan.students, 6), key('student-id'));
  const teacher = prefixedNumber(prefix, widthFor(plan.teachers, 4), key('teacher-id'));
  const teacherNo = prefixedNumber(prefix, widthFor(plan.teachers, 5), key('teacher-number'));
  const staff = prefixedNumber(prefix, widthFor(plan.staff, 4), key('staff-id'));
  const section = prefixedNumber(prefix, widthFor(plan.sections, 5), key('section-id'));
  return {
    district: `${st}-D-${prefix}`,
    school: (s) => hexSchoolId(d * schools + s, keyFor(seed, 'school-id')),
    schoolNumber: (s) => schoolNumber(prefix, s, codeWidth),
    student: (s, k) => `${st}-${String(s + 1).padStart(codeWidth, '0')}-${student(k)}`,
    studentNumber: (k) => student(k),
    stateStudentId: (k) => stateId(firstGlobal.student + k, keyFor(seed, 'state-id')),
    teacher: (k) => `${st}-T-${teacher(k)}`,
    teacherNumber: (k) => teacherNo(k),
    stateTeacherId: (k) => stateId(TEACHER_BASE + firstGlobal.teacher + k, keyFor(seed, 'state-id')),
    staff: (k) => `${st}-S-${staff(k)}`,
    staffNumber: (k) => staff(k),
    section: (k) => `${st}-SEC-${section(k)}`,
  };
}
