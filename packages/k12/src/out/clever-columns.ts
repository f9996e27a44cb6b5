/** Seed 000's Clever columns, in Clever's header spelling (k12.md §1.3). */
export const CLEVER_COLUMNS = {
  schools: ['School_id', 'School_name', 'School_number', 'Low_grade', 'High_grade', 'Principal', 'Principal_email', 'School_address', 'School_city', 'School_state', 'School_zip', 'School_phone'],
  teachers: ['School_id', 'Teacher_id', 'Teacher_number', 'State_teacher_id', 'Teacher_email', 'First_name', 'Last_name', 'Title'],
  staff: ['School_id', 'Staff_id', 'Staff_email', 'First_name', 'Last_name', 'Department', 'Title'],
  students: ['School_id', 'Student_id', 'Student_number', 'State_id', 'Last_name', 'First_name', 'Grade', 'Gender', 'DOB', 'Student_email'],
  sections: ['School_id', 'Section_id', 'Teacher_id', 'Teacher_2_id', 'Name', 'Grade', 'Subject'],
  enrollments: ['School_id', 'Section_id', 'Student_id'],
} as const;

/** Clever's optional columns that `--clever-extended` appends. */
export const CLEVER_EXTENDED = {
  students: ['Race', 'Hispanic_Latino', 'Ell_status', 'IEP_status', 'Frl_status', 'Home_language', 'Student_street', 'Student_city', 'Student_state', 'Student_zip'],
  sections: ['Section_number', 'Period', 'Term_name', 'Term_start', 'Term_end', 'Course_name', 'Course_number'],
} as const;

export type CleverFile = keyof typeof CLEVER_COLUMNS;
export const CLEVER_FILES = Object.keys(CLEVER_COLUMNS) as CleverFile[];

/** The header of a Clever file, with the optional columns when extended. */
export function cleverHeader(file: CleverFile, extended: boolean): readonly string[] {
  const extra = extended && (file === 'students' || file === 'sections') ? CLEVER_EXTENDED[file] : [];
  return [...CLEVER_COLUMNS[file], ...extra];
}
