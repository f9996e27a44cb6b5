import type { RaceLetter } from '../model/demographics.js';
import { isoDate } from '../model/dates.js';
import { cedsGrade } from '../model/grades.js';
import type { SchoolRoster, Section, Student, Teacher } from '../model/roster-types.js';
import { SCED_CODES } from './oneroster-codes.js';

const META = ['', ''];
const bool = (b: boolean): string => (b ? 'true' : 'false');

/** A course per school and course number: `<school>-<course number>`. */
export function courseId(s: SchoolRoster, sec: Section): string {
  return `${s.id}-${sec.courseNumber}`;
}

export function courseRow(s: SchoolRoster, sec: Section, yearId: string): string[] {
  return [courseId(s, sec), ...META, yearId, sec.course, sec.courseNumber, cedsGrade(sec.grade), s.id, sec.subject, SCED_CODES[sec.subject]];
}

export function classRow(s: SchoolRoster, sec: Section, title: string, yearId: string): string[] {
  return [sec.id, ...META, title, cedsGrade(sec.grade), courseId(s, sec), `${sec.courseNumber}-${sec.number}`, sec.homeroom ? 'homeroom' : 'scheduled',
    `Room ${100 + (sec.teacher % 150)}`, s.id, yearId, sec.subject, SCED_CODES[sec.subject], sec.homeroom ? '' : String(sec.period)];
}

export function enrollmentRow(s: SchoolRoster, sec: Section, userId: string, role: 'student' | 'teacher', primary: boolean): string[] {
  return [`${sec.id}-${userId}`, ...META, sec.id, s.id, userId, role, bool(primary), '', ''];
}

const RACE_FLAGS: readonly RaceLetter[] = ['I', 'A', 'B', 'P', 'W', 'M'];

/** demographics.csv: birth date, sex, the six race flags and Hispanic/Latino as `true`/`false`. */
export function demographicsRow(st: Student, version: '1.1' | '1.2'): string[] {
  const sex = st.gender === 'M' ? 'male' : st.gender === 'F' ? 'female' : version === '1.2' ? 'other' : '';
  return [st.id, ...META, isoDate(st.dob), sex, ...RACE_FLAGS.map((r) => bool(st.demo.race === r)), bool(st.demo.hispanic), '', '', '', ''];
}

/** The person fields users.csv needs, whatever the role. */
export interface UserFields {
  readonly id: string;
  readonly username: string;
  readonly sisId: string;
  readonly first: string;
  readonly last: string;
  readonly identifier: string;
  readonly email: string;
  readonly grades: string;
  readonly master: string;
}

export function studentUser(st: Student): UserFields {
  return { id: st.id, username: st.email, sisId: st.number, first: st.first, last: st.last, identifier: st.number, email: st.email, grades: cedsGrade(st.grade), master: st.stateId };
}

export function teacherUser(t: Teacher): UserFields {
  return { id: t.id, username: t.email, sisId: t.number, first: t.first, last: t.last, identifier: t.number, email: t.email, grades: '', master: t.stateId };
}

export function userRow11(u: UserFields, school: string, role: string): string[] {
  return [u.id, ...META, 'true', school, role, u.username, `{sis:${u.sisId}}`, u.first, u.last, '', u.identifier, u.email, '', '', '', u.grades, ''];
}

export function userRow12(u: UserFields, school: string): string[] {
  return [u.id, ...META, 'true', u.username, `{sis:${u.sisId}}`, u.first, u.last, '', u.identifier, u.email, '', '', '', u.grades, '', u.master, '', '', '', '', school, ''];
}

export function roleRow(u: UserFields, n: number, primary: boolean, role: string, school: string): string[] {
  return [`${u.id}-r${n}`, ...META, u.id, primary ? 'primary' : 'secondary', role, '', '', school, ''];
}
