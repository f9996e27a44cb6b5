import type { DistrictInfo } from '../geo/districts.js';
import type { ResolvedOptions } from '../options/roster-options.js';
import type { SchoolLevel } from './school-levels.js';
import type { Subject } from './schedule.js';
import type { StaffRole } from './staff-template.js';

/** One course of a slot: its sections, numbered school-wide from `firstSection`. */
export interface OptionPlan {
  readonly subject: Subject;
  readonly course: string;
  readonly sections: number;
  /** Index of its first section in the school's section list. */
  readonly firstSection: number;
}

/**
 * A block of consecutive cohorts of a grade that take an elective slot together: its sections all
 * meet in one period (the block's free period), and its students are split evenly over them.
 */
export interface PoolPlan {
  readonly firstCohort: number;
  readonly cohorts: number;
  /** First cohort rank (in the grade's cohort order) of the block and its head count. */
  readonly start: number;
  readonly students: number;
  /** Sections of each option of the slot held by this block (0 when the block does not offer it). */
  readonly sections: readonly number[];
  /** School-wide index of the block's first section of each option. */
  readonly first: readonly number[];
}

export interface SlotPlan {
  readonly homeroom: boolean;
  /** Core slots (one course for the whole grade) share classmates: section i is cohort i. */
  readonly core: boolean;
  readonly options: readonly OptionPlan[];
  /** Elective slots: the blocks of cohorts choosing among its courses; empty for core slots and homerooms. */
  readonly pools: readonly PoolPlan[];
}

export interface GradePlan {
  readonly grade: number;
  readonly students: number;
  /** School-local index of the grade's first student. */
  readonly firstStudent: number;
  /** Cohorts (sections of each core course); 0 for homeroom grades. */
  readonly cohorts: number;
  readonly slots: readonly SlotPlan[];
}

/** District-wide index of a school's first student, teacher, staff member and section. */
export interface Offsets {
  readonly student: number;
  readonly teacher: number;
  readonly staff: number;
  readonly section: number;
}

/** Everything about a school that is decided before its rows are made (so IDs can be laid out). */
export interface SchoolPlan {
  readonly district: number;
  readonly index: number;
  readonly global: number;
  readonly level: SchoolLevel;
  readonly name: string;
  readonly size: number;
  readonly grades: readonly GradePlan[];
  readonly sections: number;
  readonly teachers: number;
  /** Staff positions, dual-role rows not included. */
  readonly staff: readonly StaffRole[];
  readonly dualRoles: number;
  readonly coTaught: number;
  readonly offsets: Offsets;
}

export interface DistrictPlan {
  readonly info: DistrictInfo;
  readonly schools: readonly SchoolPlan[];
  readonly students: number;
  readonly teachers: number;
  readonly staff: number;
  readonly sections: number;
}

export interface RosterPlan {
  readonly options: ResolvedOptions;
  readonly districts: readonly DistrictPlan[];
}

/** Staff rows of a school, dual-role rows included. */
export function staffRows(s: SchoolPlan): number {
  return s.staff.length + s.dualRoles;
}
