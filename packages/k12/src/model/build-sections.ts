import type { DistrictIds } from '../ids/id-scheme.js';
import type { SchoolPlan } from '../plan/roster-plan.js';
import { CLEVER_SUBJECTS } from '../plan/schedule.js';
import { timetable } from '../plan/timetable.js';
import type { Section } from './roster-types.js';

/** Course number: subject code, grade and slot, e.g. `0207` (math, grade 7). */
function courseNumber(subjectIndex: number, grade: number, option: number): string {
  return `${String(subjectIndex + 1).padStart(2, '0')}${String(grade).padStart(2, '0')}${option > 0 ? String.fromCharCode(64 + option) : ''}`;
}

/** The school's sections in plan order (grade, slot, course, section) with their periods, teachers not yet assigned. */
export function buildSections(plan: SchoolPlan, ids: DistrictIds): Section[] {
  const periods = timetable(plan.grades, plan.sections);
  const out: Section[] = [];
  for (const g of plan.grades) for (const slot of g.slots) slot.options.forEach((o, k) => {
    const code = courseNumber(CLEVER_SUBJECTS.indexOf(o.subject), g.grade, slot.options.length > 1 ? k + 1 : 0);
    for (let i = 0; i < o.sections; i++) {
      const at = o.firstSection + i;
      out.push({
        id: ids.section(plan.offsets.section + at), grade: g.grade, subject: o.subject, course: o.course,
        courseNumber: code, number: i + 1, period: periods[at] as number, homeroom: slot.homeroom, teacher: -1, coTeacher: -1,
      });
    }
  });
  return out;
}
