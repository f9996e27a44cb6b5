import { stochasticRound } from '../random/stochastic-round.js';

/** A staff position: Clever staff.csv Title and Department. */
export interface StaffRole {
  readonly title: string;
  readonly department: string;
}

const ADMIN = 'Administration';
const SERVICES = 'Student Services';

/**
 * A school's non-teaching staff (k12.md §4.2, §4.8): one principal, an assistant principal per
 * ~600 students, counselors at the national 385:1, a librarian, a nurse, office staff and
 * instructional aides. `u` is a uniform draw for the fractional counts.
 */
export function staffTemplate(students: number, teachers: number, secondary: boolean, u: number): StaffRole[] {
  const roles: StaffRole[] = [{ title: 'Principal', department: ADMIN }];
  const add = (n: number, title: string, department: string): void => {
    for (let i = 0; i < n; i++) roles.push({ title, department });
  };
  add(Math.floor(students / 600), 'Assistant Principal', ADMIN);
  add(Math.max(1, stochasticRound(students / 385, u)), 'School Counselor', SERVICES);
  add(students >= 500 ? 1 : 0, 'School Psychologist', SERVICES);
  add(1, 'Librarian/Media Specialist', 'Library Media');
  add(1, 'School Nurse', 'Health Services');
  add(1, 'Office Manager', 'Front Office');
  add(secondary ? 1 : 0, 'Registrar', 'Front Office');
  add(Math.max(1, Math.round(teachers * (secondary ? 0.08 : 0.15))), 'Instructional Aide', 'Special Education');
  return roles;
}
