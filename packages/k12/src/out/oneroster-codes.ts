import type { Subject } from '../plan/schedule.js';

/** SCED subject-area course codes (NCES School Courses for the Exchange of Data), one per Clever subject. */
export const SCED_CODES: Readonly<Record<Subject, string>> = {
  'english/language arts': '01001', math: '02052', science: '03051', 'social studies': '04051', language: '06101',
  'homeroom/advisory': '22101', 'interventions/online learning': '22151', 'technology and engineering': '10011',
  'PE and health': '08051', 'arts and music': '05151', other: '22999',
};

/** OneRoster 1.2 role of a staff title (k12.md §2.3 roles vocabulary). */
export function staffRole12(title: string): string {
  if (title === 'Principal' || title === 'Assistant Principal') return 'principal';
  if (title === 'School Counselor') return 'counselor';
  return title === 'Instructional Aide' ? 'aide' : 'siteAdministrator';
}

/** OneRoster 1.1 role of a staff title (one role per user row). */
export function staffRole11(title: string): string {
  return title === 'Instructional Aide' ? 'aide' : 'administrator';
}
