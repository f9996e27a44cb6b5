import type { Rng } from '../../rng.js';
import { zipfTable } from '../internal/weighted-table.js';
import {
  ACADEMIC_PREFIXES, ACADEMIC_SUBJECTS, COURSE_LEVELS, COURSES, PRACTICAL_TEMPLATES, PRACTICAL_TOPICS, SKILLS,
} from './education-data.js';

const SKILL_TABLE = zipfTable(SKILLS, 15);

/** An academic course: "Calculus II", "Introduction to Statistics", "Biology 101". */
function academicCourse(rng: Rng): string {
  const subject = rng.pick(ACADEMIC_SUBJECTS);
  return rng.chance(0.45) ? `${subject} ${rng.pick(COURSE_LEVELS)}` : `${rng.pick(ACADEMIC_PREFIXES)} ${subject}`;
}

/** A course: "Introduction to Statistics", "Algebra II", "Organic Chemistry", "Intro to Python". */
export function courseName(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 45) return academicCourse(rng);
  if (r < 75) return rng.pick(PRACTICAL_TEMPLATES).replace('{}', rng.pick(PRACTICAL_TOPICS));
  return rng.pick(COURSES);
}

/** A skill ("Python", "Project Management", "Public Speaking"), often-listed ones more often. */
export function skill(rng: Rng): string {
  return SKILL_TABLE.pick(rng);
}
