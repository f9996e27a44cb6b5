import type { ResolvedOptions } from './options/roster-options.js';

export interface DistrictSummary {
  readonly name: string;
  readonly state: string;
  readonly schools: number;
  readonly teachers: number;
  readonly staff: number;
  readonly students: number;
  readonly sections: number;
  readonly enrollments: number;
}

/** What `writeRoster` wrote; also saved as `roster.json` in the output directory. */
export interface RosterSummary {
  readonly generator: string;
  readonly options: Omit<ResolvedOptions, 'fallYear' | 'studentsMin' | 'studentsMax'> & { readonly studentsPerSchool: number | readonly [number, number] };
  readonly totals: Omit<DistrictSummary, 'name' | 'state'>;
  readonly districts: readonly DistrictSummary[];
}

type Totals = RosterSummary['totals'];

export function addTotals(a: Totals, b: Totals): Totals {
  return {
    schools: a.schools + b.schools, teachers: a.teachers + b.teachers, staff: a.staff + b.staff,
    students: a.students + b.students, sections: a.sections + b.sections, enrollments: a.enrollments + b.enrollments,
  };
}

export const NO_TOTALS: Totals = { schools: 0, teachers: 0, staff: 0, students: 0, sections: 0, enrollments: 0 };

export function summaryOptions(o: ResolvedOptions): RosterSummary['options'] {
  const { fallYear: _f, studentsMin, studentsMax, ...rest } = o;
  return { ...rest, studentsPerSchool: studentsMin === studentsMax ? studentsMin : [studentsMin, studentsMax] };
}
