/**
 * Every rule the roster judge reports, by group, with what it means. Rule ids are stable:
 * tools may match on them. docs/k12-check.md is the user-facing version of this table.
 */
export const JUDGE_RULES = {
  // files and headers
  'missing-file': { group: 'files', summary: 'A file the format requires is missing (Clever: all six district files).' },
  'unexpected-file': { group: 'files', summary: 'A CSV file that is not part of the format sits in the roster.' },
  'header-mismatch': { group: 'files', summary: 'The header is not the spec header in spec order (plus allowed optional or metadata.* columns).' },
  'csv-syntax': { group: 'files', summary: 'The row is not valid CSV (stray or unterminated quotes).' },
  'row-width': { group: 'files', summary: 'The row has a different number of fields than the header.' },
  // OneRoster manifest
  'manifest-version': { group: 'manifest', summary: 'manifest.version is not 1.0, or oneroster.version is not 1.1 or 1.2.' },
  'manifest-property-missing': { group: 'manifest', summary: 'A required manifest line (a version, or file.<name> for a file of the version) is missing.' },
  'manifest-duplicate-property': { group: 'manifest', summary: 'A manifest property is listed twice.' },
  'manifest-mode': { group: 'manifest', summary: 'A file.<name> mode is not absent or bulk (delta exports are not judged).' },
  'manifest-file-missing': { group: 'manifest', summary: 'A file marked bulk is missing.' },
  'manifest-file-unexpected': { group: 'manifest', summary: 'A file marked absent is present.' },
  'manifest-unknown-file': { group: 'manifest', summary: 'The manifest lists a file that is not part of its OneRoster version.' },
  // required fields and identity
  'missing-required-field': { group: 'identity', summary: 'A required field is blank.' },
  'duplicate-id': { group: 'identity', summary: 'The row reuses an ID (School_id, Teacher_id, …, sourcedId) of an earlier row of the same file.' },
  'duplicate-enrollment': { group: 'identity', summary: 'The same student (user) is enrolled in the same section (class) twice.' },
  'duplicate-user-master-identifier': { group: 'identity', summary: 'OneRoster 1.2 userMasterIdentifier is not unique.' },
  'sourced-id-format': { group: 'identity', summary: 'A OneRoster sourcedId is longer than 100 characters or uses characters outside [A-Za-z0-9._-].' },
  // references
  'unknown-school': { group: 'references', summary: 'School_id does not name a school in the district\'s schools.csv.' },
  'unknown-teacher': { group: 'references', summary: 'A section\'s Teacher_id does not name a teacher in teachers.csv.' },
  'unknown-co-teacher': { group: 'references', summary: 'A section\'s Teacher_2_id … Teacher_10_id does not name a teacher in teachers.csv.' },
  'co-teacher-repeated': { group: 'references', summary: 'A co-teacher repeats the section\'s primary teacher or another co-teacher.' },
  'unknown-section': { group: 'references', summary: 'An enrollment\'s Section_id does not name a section in sections.csv.' },
  'unknown-student': { group: 'references', summary: 'An enrollment\'s Student_id does not name a student in students.csv.' },
  'unknown-org': { group: 'references', summary: 'A OneRoster org reference does not resolve in orgs.csv.' },
  'unknown-session': { group: 'references', summary: 'A OneRoster session reference does not resolve in academicSessions.csv.' },
  'unknown-course': { group: 'references', summary: 'A class\'s courseSourcedId does not resolve in courses.csv.' },
  'unknown-class': { group: 'references', summary: 'An enrollment\'s classSourcedId does not resolve in classes.csv.' },
  'unknown-user': { group: 'references', summary: 'A OneRoster user reference does not resolve in users.csv.' },
  'unknown-user-profile': { group: 'references', summary: 'A role\'s userProfileSourcedId does not resolve in userProfiles.csv.' },
  'org-not-school': { group: 'references', summary: 'A class or enrollment schoolSourcedId names an org that is not of type school.' },
  'school-parent-not-district': { group: 'references', summary: 'A school org is not parented by an org of type district.' },
  // schools and enrollment consistency
  'enrollment-across-schools': { group: 'schools', summary: 'An enrollment joins a student and a section (class) of different schools.' },
  'enrollment-school-mismatch': { group: 'schools', summary: 'An enrollment\'s school differs from its section\'s (class\'s) school.' },
  'enrollment-role-mismatch': { group: 'schools', summary: 'A OneRoster enrollment role (student, teacher) the user does not hold.' },
  'primary-on-non-teacher': { group: 'schools', summary: 'A OneRoster enrollment has primary=true on a non-teacher row.' },
  'unknown-grade': { group: 'grades', summary: 'A grade is not in the Clever grade list or the CEDS code list.' },
  'grade-outside-school-span': { group: 'grades', summary: 'A student\'s or section\'s grade lies outside its school\'s Low_grade–High_grade.' },
  'school-grade-span-inverted': { group: 'grades', summary: 'A school\'s Low_grade is above its High_grade.' },
  'dob-implausible-for-grade': { group: 'grades', summary: 'The age on 1 September of the school year is more than two years from the grade\'s usual age.' },
  // values
  'bad-email': { group: 'values', summary: 'An email does not look like x@y.z.' },
  'duplicate-email': { group: 'values', summary: 'An email is used twice, other than by one teacher/staff (dual-role) pair.' },
  'dual-role-name-mismatch': { group: 'values', summary: 'A dual-role pair shares an email but not a name.' },
  'gender-vocabulary': { group: 'values', summary: 'Clever Gender is not M, F or X; OneRoster sex is not in the version\'s list.' },
  'race-vocabulary': { group: 'values', summary: 'Clever Race is not A, B, I, M, P or W.' },
  'yes-no-vocabulary': { group: 'values', summary: 'A Clever Y/N field (Hispanic_Latino, Ell_status, IEP_status) is not Y or N.' },
  'vocabulary': { group: 'values', summary: 'Another enumerated field (subject, state, status, type, role, …) has a value outside its list.' },
  'boolean-format': { group: 'values', summary: 'A OneRoster boolean is not the literal true or false.' },
  'date-format': { group: 'values', summary: 'A date is not MM/DD/YYYY (Clever) or YYYY-MM-DD (OneRoster), or not a real date.' },
  'datetime-format': { group: 'values', summary: 'dateLastModified is not an ISO 8601 date-time with a zone.' },
  'date-range-inverted': { group: 'values', summary: 'A start date is after its end date.' },
  'school-year-format': { group: 'values', summary: 'schoolYear is not a four-digit year.' },
  'subject-codes-length': { group: 'values', summary: 'subjects and subjectCodes have different lengths.' },
  'user-ids-format': { group: 'values', summary: 'A OneRoster 1.2 userIds entry is not {type:id}.' },
  'zip-format': { group: 'values', summary: 'A ZIP code is not 5 digits (or ZIP+4).' },
} as const satisfies Record<string, { group: string; summary: string }>;

/** A rule id the judge reports. */
export type JudgeRule = keyof typeof JUDGE_RULES;
