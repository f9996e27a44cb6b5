/** Grades as numbers: 0 = Kindergarten, 1–12 = grades 1–12. */
export type Grade = number;

/** Clever's spelling of a grade (k12.md §1.4): `Kindergarten`, `1` … `12`. */
export function cleverGrade(g: Grade): string {
  return g === 0 ? 'Kindergarten' : String(g);
}

/** The CEDS Entry Grade Level code OneRoster uses (k12.md §2.4): `KG`, `01` … `12`. */
export function cedsGrade(g: Grade): string {
  return g === 0 ? 'KG' : String(g).padStart(2, '0');
}

/** "Kindergarten" / "Grade 3", for names and titles. */
export function gradeLabel(g: Grade): string {
  return g === 0 ? 'Kindergarten' : `Grade ${g}`;
}
