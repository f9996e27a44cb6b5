import { CEDS_GRADES, CLEVER_GRADES } from './vocabularies.js';
import type { CivilDate } from './value-formats.js';

/** Years a student's age may sit from the grade's usual age (the |age − (grade+5)| ≤ 2 band). */
export const AGE_TOLERANCE_YEARS = 2;

const UNBANDED = new Set(['Ungraded', 'Other']);
const NOMINAL_AGE: Readonly<Record<string, number>> = {
  Preschool: 3, PreKindergarten: 4, TransitionalKindergarten: 4, Kindergarten: 5,
};

/** Position of a Clever grade on the grade ladder; undefined for Ungraded, Other and unknown values. */
export function gradeRank(grade: string): number | undefined {
  if (UNBANDED.has(grade)) return undefined;
  const i = (CLEVER_GRADES as readonly string[]).indexOf(grade);
  return i < 0 ? undefined : i;
}

/** The CEDS code's Clever equivalent ("03" → "3", "KG" → "Kindergarten"). */
export function cleverGradeOf(ceds: string): string | undefined {
  const i = (CEDS_GRADES as readonly string[]).indexOf(ceds);
  return i < 0 ? undefined : CLEVER_GRADES[i];
}

/** Usual age on 1 September for a Clever grade; undefined where age says nothing (infants, adults, ungraded). */
export function nominalAge(grade: string): number | undefined {
  const fixed = NOMINAL_AGE[grade];
  if (fixed !== undefined) return fixed;
  return /^(1[0-3]|[1-9])$/.test(grade) ? Number(grade) + 5 : undefined;
}

/** Whole years of age on 1 September of `fallYear`. */
export function ageOnSeptemberFirst(dob: CivilDate, fallYear: number): number {
  const afterSeptemberFirst = dob.month > 9 || (dob.month === 9 && dob.day > 1);
  return fallYear - dob.year - (afterSeptemberFirst ? 1 : 0);
}
