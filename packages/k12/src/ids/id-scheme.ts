/** The identifiers of one district's records; `k` is a district-wide index of the record. */
export interface DistrictIds {
  readonly district: string;
  school(s: number): string;
  schoolNumber(s: number): string;
  student(s: number, k: number): string;
  studentNumber(k: number): string;
  /** State student ID: 10 digits starting with 9, the reserved synthetic marker (k12.md §4.5). */
  stateStudentId(k: number): string;
  teacher(k: number): string;
  teacherNumber(k: number): string;
  stateTeacherId(k: number): string;
  staff(k: number): string;
  staffNumber(k: number): string;
  section(k: number): string;
}

/** Digits needed to write `n`. */
export function digitsOf(n: number): number {
  return String(Math.max(0, Math.floor(n))).length;
}
