import type { Subject } from '../plan/schedule.js';

export interface TeacherRole {
  readonly title: string;
  readonly department: string;
}

/** Department and title of a secondary teacher of each subject. */
export const SUBJECT_ROLE: Readonly<Record<Subject, TeacherRole>> = {
  'english/language arts': { title: 'English Teacher', department: 'English Language Arts' },
  math: { title: 'Math Teacher', department: 'Mathematics' },
  science: { title: 'Science Teacher', department: 'Science' },
  'social studies': { title: 'Social Studies Teacher', department: 'Social Studies' },
  language: { title: 'Spanish Teacher', department: 'World Languages' },
  'PE and health': { title: 'PE and Health Teacher', department: 'PE and Health' },
  'arts and music': { title: 'Art and Music Teacher', department: 'Fine and Performing Arts' },
  'technology and engineering': { title: 'Technology Teacher', department: 'Career and Technical Education' },
  'interventions/online learning': { title: 'Intervention Teacher', department: 'Student Support' },
  'homeroom/advisory': { title: 'Advisory Teacher', department: 'Student Support' },
  other: { title: 'Elective Teacher', department: 'Electives' },
};

export const SPECIAL_EDUCATION: TeacherRole = { title: 'Special Education Teacher', department: 'Special Education' };

/** Elementary specialists after the homeroom teachers: special education first. */
export const SPECIALISTS: readonly TeacherRole[] = [
  SPECIAL_EDUCATION,
  { title: 'ESL Teacher', department: 'English Learners' },
  { title: 'PE Teacher', department: 'PE and Health' },
  { title: 'Music Teacher', department: 'Fine and Performing Arts' },
  { title: 'Art Teacher', department: 'Fine and Performing Arts' },
  { title: 'Reading Interventionist', department: 'Student Support' },
];

/** Title of a dual-role teacher's staff row, by the teacher's department. */
export function dualRoleTitle(role: TeacherRole): string {
  if (role.department === 'Elementary Education') return 'Grade Level Lead';
  if (role.department === 'Special Education') return 'Special Education Coordinator';
  return role.department === 'English Learners' || role.department === 'Student Support' ? 'Instructional Coordinator' : 'Department Chair';
}
