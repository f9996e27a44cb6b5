import type { SchoolPlan } from '../plan/roster-plan.js';
import type { Subject } from '../plan/schedule.js';
import type { Demographics } from './demographics.js';

export interface Student {
  readonly id: string;
  readonly number: string;
  readonly stateId: string;
  readonly first: string;
  readonly last: string;
  readonly grade: number;
  readonly gender: 'M' | 'F' | 'X';
  /** Days since 1970-01-01. */
  readonly dob: number;
  readonly email: string;
  readonly demo: Demographics;
  readonly street: string;
  readonly city: string;
  readonly zip: string;
  /** School-local indices of the student's sections. */
  readonly sections: readonly number[];
}

export interface Teacher {
  readonly id: string;
  readonly number: string;
  readonly stateId: string;
  readonly first: string;
  readonly last: string;
  readonly female: boolean;
  readonly email: string;
  readonly title: string;
  readonly department: string;
}

export interface StaffMember {
  readonly id: string;
  readonly first: string;
  readonly last: string;
  readonly email: string;
  readonly title: string;
  readonly department: string;
  /** School-local index of the teacher this staff row also is (dual role), or -1. */
  readonly teacher: number;
}

export interface Section {
  readonly id: string;
  readonly grade: number;
  readonly subject: Subject;
  readonly course: string;
  readonly courseNumber: string;
  /** 1-based section number within its course. */
  readonly number: number;
  readonly period: number;
  readonly homeroom: boolean;
  /** School-local teacher indices; `coTeacher` is -1 when the section has none. */
  teacher: number;
  coTeacher: number;
}

/** Everything written for one school, built from (seed, district, school) alone. */
export interface SchoolRoster {
  readonly plan: SchoolPlan;
  readonly id: string;
  readonly number: string;
  readonly street: string;
  readonly city: string;
  readonly zip: string;
  readonly phone: string;
  readonly students: readonly Student[];
  readonly teachers: readonly Teacher[];
  readonly staff: readonly StaffMember[];
  readonly sections: readonly Section[];
}
