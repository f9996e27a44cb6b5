import { rngFor } from '../random/seeded.js';
import { assignCoTeachers } from './assign-co-teachers.js';
import { assignTeachers } from './assign-teachers.js';
import { buildSections } from './build-sections.js';
import { buildStaff, buildTeachers } from './build-people.js';
import { buildGrade, zipIn } from './build-students.js';
import { schoolPoverty } from './demographics.js';
import { streetLine } from './names.js';
import type { SchoolRoster, Student } from './roster-types.js';
import { schoolKey, type SchoolContext } from './school-context.js';

/** A safe phone number: a real area code of the state, exchange 555, line 0100–0199 (NANPA fiction range). */
export function safePhone(area: string, u: number): string {
  return `${area}-555-01${String(Math.floor(u * 100)).padStart(2, '0')}`;
}

/**
 * Everything of one school, as a pure function of (seed, district, school): sections with their
 * teachers and co-teachers, teachers, staff (dual roles included) and students with their sections.
 */
export function buildSchool(c: SchoolContext): SchoolRoster {
  const rng = rngFor(schoolKey(c, 'school-facts'), 0);
  const state = c.district.state;
  const city = rng.pick(state.cities);
  const sections = buildSections(c.plan, c.ids);
  const roles = assignTeachers(sections, c.plan.teachers);
  assignCoTeachers(sections, roles, c.plan.coTaught, schoolKey(c, 'co-teaching'));
  const teachers = buildTeachers(c, roles);
  const poverty = schoolPoverty(rng);
  const students: Student[] = [];
  for (const g of c.plan.grades) buildGrade(c, g, city, poverty, students);
  return {
    plan: c.plan, id: c.ids.school(c.plan.index), number: c.ids.schoolNumber(c.plan.index),
    street: streetLine(rng), city: city.name, zip: zipIn(city, rng.float()), phone: safePhone(rng.pick(state.areaCodes), rng.float()),
    students, teachers, staff: buildStaff(c, teachers), sections,
  };
}
