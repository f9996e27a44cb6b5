import type { CsvRow } from '../csv/csv-row.js';
import type { FileFindings } from '../finding-sink.js';
import { checkReference, registerId, type Reference } from '../rules/reference-rules.js';
import { STAFF, TEACHERS } from './clever-specs.js';
import { scanCleverFile, type CleverDistrict, type SchoolSpan } from './clever-district.js';

/** teachers.csv: unique Teacher_id, a known primary school, an email no one else uses. */
export async function checkCleverTeachers(d: CleverDistrict): Promise<void> {
  await scanCleverFile(d, TEACHERS, { table: d.teachers, column: 'Teacher_id' }, (row, report) => {
    registerId(row, report, 'Teacher_id', d.teachers, true);
    checkReference(row, report, schoolRef(d));
    claimEmail(d, row, report, { column: 'Teacher_email', kind: 'teacher', file: TEACHERS.file });
  });
}

/** staff.csv: unique Staff_id, a known school, an email shared only with the same person's teacher record. */
export async function checkCleverStaff(d: CleverDistrict): Promise<void> {
  await scanCleverFile(d, STAFF, { table: d.staff, column: 'Staff_id' }, (row, report) => {
    registerId(row, report, 'Staff_id', d.staff, true);
    checkReference(row, report, schoolRef(d));
    claimEmail(d, row, report, { column: 'Staff_email', kind: 'staff', file: STAFF.file });
  });
}

/** The School_id every file carries must be a school of this district. */
export function schoolRef(d: CleverDistrict): Reference<SchoolSpan> {
  return { column: 'School_id', table: d.schools, rule: 'unknown-school', what: 'a School_id in schools.csv' };
}

interface EmailColumn {
  readonly column: string;
  readonly kind: 'teacher' | 'staff' | 'student';
  readonly file: string;
}

/** Claims the row's email: a repeat is `duplicate-email` unless it is a teacher/staff dual-role pair of one person. */
export function claimEmail(d: CleverDistrict, row: CsvRow, report: FileFindings, at: EmailColumn): void {
  const email = row.get(at.column);
  if (email === '') return;
  const name = `${row.get('First_name')} ${row.get('Last_name')}`.trim().toLowerCase();
  const claim = d.emails.claim(email, { file: at.file, row: row.row, kind: at.kind, name });
  if (claim.status === 'duplicate') {
    report(row.row, 'duplicate-email', `${at.column} is already used by ${claim.first.file} row ${claim.first.row}`, email);
  } else if (claim.status === 'dual-role' && claim.first.name !== name) {
    report(row.row, 'dual-role-name-mismatch', `${at.column} is shared with ${claim.first.file} row ${claim.first.row}, a dual-role pair, but the names differ`, email);
  }
}
