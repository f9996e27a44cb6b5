import type { DistrictInfo } from '../geo/districts.js';
import { LEVELS } from '../plan/school-levels.js';
import { cleverDate } from '../model/dates.js';
import { cleverGrade } from '../model/grades.js';
import type { SchoolRoster, Section, StaffMember, Student, Teacher } from '../model/roster-types.js';
import type { SchoolCalendar } from '../model/school-calendar.js';

const yn = (b: boolean): string => (b ? 'Y' : 'N');

export function schoolRow(s: SchoolRoster, d: DistrictInfo): string[] {
  const level = LEVELS[s.plan.level];
  const principal = s.staff[0] as StaffMember;
  return [s.id, s.plan.name, s.number, cleverGrade(level.low), cleverGrade(level.high), `${principal.first} ${principal.last}`, principal.email,
    s.street, s.city, d.state.code, s.zip, s.phone];
}

export function teacherRow(s: SchoolRoster, t: Teacher): string[] {
  return [s.id, t.id, t.number, t.stateId, t.email, t.first, t.last, t.title];
}

export function staffRow(s: SchoolRoster, m: StaffMember): string[] {
  return [s.id, m.id, m.email, m.first, m.last, m.department, m.title];
}

export function studentRow(s: SchoolRoster, st: Student, d: DistrictInfo, extended: boolean): string[] {
  const base = [s.id, st.id, st.number, st.stateId, st.last, st.first, cleverGrade(st.grade), st.gender, cleverDate(st.dob), st.email];
  if (!extended) return base;
  const m = st.demo;
  return [...base, m.race, yn(m.hispanic), yn(m.ell), yn(m.iep), m.frl, m.homeLanguage, st.street, st.city, d.state.code, st.zip];
}

/** Clever's section name: "course - teacher - Period n" (homerooms without a period). */
export function sectionName(sec: Section, teacher: Teacher): string {
  return sec.homeroom ? `${sec.course} - ${teacher.last}` : `${sec.course} - ${teacher.last} - Period ${sec.period}`;
}

export function sectionRow(s: SchoolRoster, sec: Section, extended: boolean, term: { name: string; cal: SchoolCalendar }): string[] {
  const teacher = s.teachers[sec.teacher] as Teacher;
  const co = sec.coTeacher >= 0 ? (s.teachers[sec.coTeacher] as Teacher).id : '';
  const base = [s.id, sec.id, teacher.id, co, sectionName(sec, teacher), cleverGrade(sec.grade), sec.subject];
  if (!extended) return base;
  return [...base, String(sec.number), sec.homeroom ? 'HR' : String(sec.period), term.name, cleverDate(term.cal.firstDay), cleverDate(term.cal.lastDay), sec.course, sec.courseNumber];
}
