import type { CsvRow } from '../csv/csv-row.js';
import type { FileFindings } from '../finding-sink.js';
import { PairSet } from '../rules/pair-set.js';
import { checkReference } from '../rules/reference-rules.js';
import { ENROLLMENTS } from './clever-specs.js';
import { schoolRef } from './check-clever-people.js';
import { scanCleverFile, type CleverDistrict } from './clever-district.js';

/** enrollments.csv: known school, section and student; one row per pair; student and section in the enrollment's school. */
export async function checkCleverEnrollments(d: CleverDistrict): Promise<void> {
  const pairs = new PairSet(d.sections, d.students);
  await scanCleverFile(d, ENROLLMENTS, undefined, (row, report) => {
    checkReference(row, report, schoolRef(d));
    checkReference(row, report, { column: 'Section_id', table: d.sections, rule: 'unknown-section', what: 'a Section_id in sections.csv' });
    checkReference(row, report, { column: 'Student_id', table: d.students, rule: 'unknown-student', what: 'a Student_id in students.csv' });
    checkPair(row, report, pairs);
    checkSameSchool(d, row, report);
  });
}

function checkPair(row: CsvRow, report: FileFindings, pairs: PairSet): void {
  if (pairs.add(row.get('Section_id'), row.get('Student_id'))) return;
  report(row.row, 'duplicate-enrollment', 'this student is already enrolled in this section', `${row.get('Section_id')}/${row.get('Student_id')}`);
}

function checkSameSchool(d: CleverDistrict, row: CsvRow, report: FileFindings): void {
  const sectionSchool = d.sections.get(row.get('Section_id'));
  const studentSchool = d.students.get(row.get('Student_id'));
  if (sectionSchool !== undefined && studentSchool !== undefined && sectionSchool !== studentSchool) {
    report(row.row, 'enrollment-across-schools', `student's school '${studentSchool}' differs from the section's school '${sectionSchool}'`, row.get('Student_id'));
    return;
  }
  const school = sectionSchool ?? studentSchool;
  if (school !== undefined && school !== row.get('School_id')) {
    report(row.row, 'enrollment-school-mismatch', `School_id differs from the school '${school}' of the section and student`, row.get('School_id'));
  }
}
