import { join } from 'node:path';
import type { ResolvedOptions } from '../options/roster-options.js';
import type { RosterPlan } from '../plan/roster-plan.js';
import type { DistrictIds } from '../ids/id-scheme.js';
import { isoDate } from '../model/dates.js';
import { schoolCalendar } from '../model/school-calendar.js';
import type { SchoolRoster, Section, StaffMember, Teacher } from '../model/roster-types.js';
import { sectionName } from './clever-rows.js';
import { CsvFile } from './csv-file.js';
import { staffRole11, staffRole12 } from './oneroster-codes.js';
import { manifestRows, ONEROSTER_COLUMNS } from './oneroster-columns.js';
import { classRow, courseRow, demographicsRow, enrollmentRow, roleRow, studentUser, teacherUser, userRow11, userRow12, type UserFields } from './oneroster-rows.js';

type Version = '1.1' | '1.2';

function staffUser(m: StaffMember, number: string, v: Version): UserFields {
  const username = v === '1.1' && m.teacher >= 0 ? `staff.${m.email}` : m.email;
  return { id: m.id, username, sisId: number, first: m.first, last: m.last, identifier: number, email: m.email, grades: '', master: `S${number}` };
}

/** One OneRoster bulk export for every district of a run: orgs and sessions first, then school by school. */
export class OneRosterWriter {
  readonly #v: Version;
  readonly #f: Record<'orgs' | 'academicSessions' | 'courses' | 'classes' | 'users' | 'enrollments' | 'demographics', CsvFile> & { roles?: CsvFile };
  readonly #yearId: string;

  constructor(dir: string, plan: RosterPlan, ids: readonly DistrictIds[]) {
    const o = plan.options;
    this.#v = o.format === 'oneroster-1.1' ? '1.1' : '1.2';
    const open = (name: string, header: readonly string[]): CsvFile => new CsvFile(join(dir, `${name}.csv`), header);
    const manifest = open('manifest', ['propertyName', 'value']);
    for (const r of manifestRows(this.#v)) manifest.row(r);
    manifest.close();
    const C = ONEROSTER_COLUMNS;
    this.#f = {
      orgs: open('orgs', C.orgs), academicSessions: open('academicSessions', C.academicSessions), courses: open('courses', C.courses),
      classes: open('classes', C.classes), users: open('users', this.#v === '1.1' ? C.users11 : C.users12),
      enrollments: open('enrollments', C.enrollments), demographics: open('demographics', C.demographics),
      ...(this.#v === '1.2' ? { roles: open('roles', C.roles) } : {}),
    };
    this.#yearId = `SY${o.fallYear + 1}`;
    this.#orgs(plan, ids);
    this.#sessions(o);
  }

  #orgs(plan: RosterPlan, ids: readonly DistrictIds[]): void {
    plan.districts.forEach((d, i) => {
      const di = ids[i] as DistrictIds;
      this.#f.orgs.row([di.district, '', '', `${d.info.name} School District`, 'district', di.district, '']);
      for (const s of d.schools) this.#f.orgs.row([di.school(s.index), '', '', s.name, 'school', di.schoolNumber(s.index), di.district]);
    });
  }

  #sessions(o: ResolvedOptions): void {
    const cal = schoolCalendar(o.fallYear);
    const year = String(o.fallYear + 1);
    const f = this.#f.academicSessions;
    f.row([this.#yearId, '', '', o.schoolYear, 'schoolYear', isoDate(cal.firstDay), isoDate(cal.lastDay), '', year]);
    f.row([`${this.#yearId}-S1`, '', '', `Fall ${o.fallYear}`, 'semester', isoDate(cal.firstDay), isoDate(cal.fallEnd), this.#yearId, year]);
    f.row([`${this.#yearId}-S2`, '', '', `Spring ${o.fallYear + 1}`, 'semester', isoDate(cal.springStart), isoDate(cal.lastDay), this.#yearId, year]);
  }

  write(s: SchoolRoster, ids: DistrictIds): void {
    this.#classes(s);
    this.#people(s, ids);
    for (const sec of s.sections) {
      this.#f.enrollments.row(enrollmentRow(s, sec, (s.teachers[sec.teacher] as Teacher).id, 'teacher', true));
      if (sec.coTeacher >= 0) this.#f.enrollments.row(enrollmentRow(s, sec, (s.teachers[sec.coTeacher] as Teacher).id, 'teacher', false));
    }
    for (const st of s.students) for (const k of st.sections) this.#f.enrollments.row(enrollmentRow(s, s.sections[k] as Section, st.id, 'student', false));
  }

  #classes(s: SchoolRoster): void {
    const seen = new Set<string>();
    for (const sec of s.sections) {
      if (!seen.has(sec.courseNumber)) { seen.add(sec.courseNumber); this.#f.courses.row(courseRow(s, sec, this.#yearId)); }
      this.#f.classes.row(classRow(s, sec, sectionName(sec, s.teachers[sec.teacher] as Teacher), this.#yearId));
    }
  }

  #user(u: UserFields, school: string, role11: string, roles12: readonly string[]): void {
    if (this.#v === '1.1') { this.#f.users.row(userRow11(u, school, role11)); return; }
    this.#f.users.row(userRow12(u, school));
    roles12.forEach((r, n) => this.#f.roles?.row(roleRow(u, n + 1, n === 0, r, school)));
  }

  #people(s: SchoolRoster, ids: DistrictIds): void {
    const extra = new Map<number, string>();
    for (const m of s.staff) if (m.teacher >= 0) extra.set(m.teacher, staffRole12(m.title));
    s.teachers.forEach((t, i) => this.#user(teacherUser(t), s.id, 'teacher', extra.has(i) ? ['teacher', extra.get(i) as string] : ['teacher']));
    s.staff.forEach((m, j) => {
      if (m.teacher >= 0 && this.#v === '1.2') return;
      this.#user(staffUser(m, ids.staffNumber(s.plan.offsets.staff + j), this.#v), s.id, staffRole11(m.title), [staffRole12(m.title)]);
    });
    for (const st of s.students) {
      this.#user(studentUser(st), s.id, 'student', ['student']);
      this.#f.demographics.row(demographicsRow(st, this.#v));
    }
  }

  close(): void {
    for (const f of Object.values(this.#f)) (f as CsvFile).close();
  }
}
