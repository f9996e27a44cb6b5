import { districtInfo } from '../geo/districts.js';
import type { ResolvedOptions } from '../options/roster-options.js';
import { permuteIndex } from '../random/permute.js';
import { keyFor, rngFor } from '../random/seeded.js';
import { chooseLevel } from './choose-level.js';
import { gradeCounts, gradeKey, planGrades, shares, sizeFor, teachersFor } from './plan-school.js';
import { staffRows, type DistrictPlan, type Offsets, type RosterPlan, type SchoolPlan } from './roster-plan.js';
import { gradesOf, LEVELS, type SchoolLevel } from './school-levels.js';
import { SCHOOL_STEMS } from './school-names.js';
import { staffTemplate } from './staff-template.js';
import { timetable } from './timetable.js';

const DIRECTIONS = ['North', 'South', 'East', 'West', 'Central'];

function schoolName(o: ResolvedOptions, d: number, s: number, level: SchoolLevel): string {
  const n = SCHOOL_STEMS.length;
  const stem = SCHOOL_STEMS[permuteIndex(s % n, n, keyFor(o.seed, 'school-names', d))] as string;
  const round = Math.floor(s / n);
  const prefix = round === 0 ? '' : `${DIRECTIONS[(round - 1) % DIRECTIONS.length] as string}${round > DIRECTIONS.length ? ` ${Math.ceil(round / DIRECTIONS.length)}` : ''} `;
  return `${prefix}${stem} ${LEVELS[level].label}`;
}

function candidatesFor(u: number): SchoolLevel[] {
  if (u < 0.05) return ['k8'];
  if (u < 0.1) return ['secondary'];
  return ['elementary', 'middle', 'high'];
}

function planSchool(o: ResolvedOptions, d: number, s: number, mass: number[], offsets: Offsets): SchoolPlan {
  const rng = rngFor(keyFor(o.seed, 'school', d), s);
  const candidates = candidatesFor(rng.float());
  const sizeU = rng.float();
  const level = chooseLevel(mass, candidates, (l) => sizeFor(o, l, sizeU));
  const size = sizeFor(o, level, sizeU);
  const grades = gradesOf(level);
  const planned = planGrades(grades, gradeCounts(size, grades.length, gradeKey(o, d, s)));
  const teachers = teachersFor(size, planned.grades, timetable(planned.grades, planned.sections));
  const staff = staffTemplate(size, teachers, LEVELS[level].high >= 6, rng.float());
  return {
    district: d, index: s, global: d * o.schoolsPerDistrict + s, level, name: schoolName(o, d, s, level), size,
    grades: planned.grades, sections: planned.sections, teachers, staff, offsets, ...shares(o, rng, teachers, planned.sections),
  };
}

function planDistrict(o: ResolvedOptions, d: number): DistrictPlan {
  const mass = Array.from({ length: 13 }, () => 0);
  const schools: SchoolPlan[] = [];
  let at: Offsets = { student: 0, teacher: 0, staff: 0, section: 0 };
  for (let s = 0; s < o.schoolsPerDistrict; s++) {
    const school = planSchool(o, d, s, mass, at);
    schools.push(school);
    at = { student: at.student + school.size, teacher: at.teacher + school.teachers, staff: at.staff + staffRows(school), section: at.section + school.sections };
  }
  return { info: districtInfo(d), schools, students: at.student, teachers: at.teacher, staff: at.staff, sections: at.section };
}

/** Decides every district and school of a run (levels, sizes, grades, sections, head counts) from the options. */
export function planRoster(o: ResolvedOptions): RosterPlan {
  return { options: o, districts: Array.from({ length: o.districts }, (_, d) => planDistrict(o, d)) };
}
