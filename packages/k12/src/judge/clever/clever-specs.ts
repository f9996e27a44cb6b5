import { oneOf } from '../rules/cell-checks.js';
import { cells } from '../rules/common-cells.js';
import {
  CLEVER_FRL, CLEVER_GENDERS, CLEVER_HOME_LANGUAGES, CLEVER_RACES, CLEVER_SUBJECTS, YES_NO,
} from '../rules/vocabularies.js';
import type { TableSpec } from '../table/table-spec.js';

const yesNo = oneOf('yes-no-vocabulary', 'value', YES_NO);

/** Co-teacher columns Clever allows after Teacher_id (Teacher_2_id … Teacher_10_id). */
export const CO_TEACHER_COLUMNS = Array.from({ length: 9 }, (_, i) => `Teacher_${i + 2}_id`);

export const SCHOOLS: TableSpec = {
  file: 'schools.csv',
  columns: ['School_id', 'School_name', 'School_number', 'Low_grade', 'High_grade', 'Principal', 'Principal_email',
    'School_address', 'School_city', 'School_state', 'School_zip', 'School_phone'],
  extraColumns: ['State_id', 'Nces_id'],
  required: ['School_id', 'School_name', 'School_number'],
  cells: { Low_grade: cells.cleverGrade, High_grade: cells.cleverGrade, Principal_email: cells.email, School_state: cells.state, School_zip: cells.zip },
};

export const TEACHERS: TableSpec = {
  file: 'teachers.csv',
  columns: ['School_id', 'Teacher_id', 'Teacher_number', 'State_teacher_id', 'Teacher_email', 'First_name', 'Last_name', 'Title'],
  extraColumns: ['Middle_name', 'Username', 'Password'],
  required: ['School_id', 'Teacher_id', 'Last_name', 'First_name'],
  cells: { Teacher_email: cells.email },
};

export const STAFF: TableSpec = {
  file: 'staff.csv',
  columns: ['School_id', 'Staff_id', 'Staff_email', 'First_name', 'Last_name', 'Department', 'Title'],
  extraColumns: ['Username', 'Password', 'Role'],
  required: ['School_id', 'Staff_id', 'Staff_email', 'First_name', 'Last_name'],
  cells: { Staff_email: cells.email },
};

export const STUDENTS: TableSpec = {
  file: 'students.csv',
  columns: ['School_id', 'Student_id', 'Student_number', 'State_id', 'Last_name', 'First_name', 'Grade', 'Gender', 'DOB', 'Student_email'],
  extraColumns: ['Middle_name', 'Race', 'Hispanic_Latino', 'Home_language', 'Ell_status', 'Frl_status', 'IEP_status',
    'Student_street', 'Student_city', 'Student_state', 'Student_zip', 'Contact_relationship', 'Contact_type', 'Contact_name',
    'Contact_phone', 'Contact_phone_type', 'Contact_email', 'Contact_sis_id', 'Username', 'Password', 'Unweighted_gpa', 'Weighted_gpa'],
  required: ['School_id', 'Student_id', 'Last_name', 'First_name'],
  cells: {
    Grade: cells.cleverGrade, Gender: oneOf('gender-vocabulary', 'gender', CLEVER_GENDERS), DOB: cells.usDate,
    Student_email: cells.email, Race: oneOf('race-vocabulary', 'race', CLEVER_RACES), Hispanic_Latino: yesNo,
    Ell_status: yesNo, IEP_status: yesNo, Frl_status: oneOf('vocabulary', 'FRL status', CLEVER_FRL),
    Home_language: oneOf('vocabulary', 'home language', CLEVER_HOME_LANGUAGES), Student_state: cells.state,
    Student_zip: cells.zip, Contact_email: cells.email,
  },
};

export const SECTIONS: TableSpec = {
  file: 'sections.csv',
  columns: ['School_id', 'Section_id', 'Teacher_id', 'Teacher_2_id', 'Name', 'Grade', 'Subject'],
  extraColumns: [...CO_TEACHER_COLUMNS.slice(1), 'Section_number', 'Period', 'Course_name', 'Course_number',
    'Course_description', 'Term_name', 'Term_start', 'Term_end'],
  required: ['School_id', 'Section_id', 'Teacher_id'],
  cells: { Grade: cells.cleverGrade, Subject: oneOf('vocabulary', 'subject', CLEVER_SUBJECTS), Term_start: cells.usDate, Term_end: cells.usDate },
};

export const ENROLLMENTS: TableSpec = {
  file: 'enrollments.csv',
  columns: ['School_id', 'Section_id', 'Student_id'],
  required: ['School_id', 'Section_id', 'Student_id'],
  cells: {},
};

/** The six files of a Clever district folder, in the order the judge reads them. */
export const CLEVER_FILES = [SCHOOLS, TEACHERS, STAFF, STUDENTS, SECTIONS, ENROLLMENTS] as const;
