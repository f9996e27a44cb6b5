import { join } from 'node:path';
import type { CsvRow } from '../csv/csv-row.js';
import { readRows } from '../csv/read-rows.js';
import { nominalAge } from '../rules/grade-rules.js';
import { checkGradeInSpan } from '../rules/grade-span-rule.js';
import { checkReference, registerId } from '../rules/reference-rules.js';
import { parseUsDate, type CivilDate } from '../rules/value-formats.js';
import { STUDENTS } from './clever-specs.js';
import { claimEmail, schoolRef } from './check-clever-people.js';
import { scanCleverFile, type CleverDistrict } from './clever-district.js';

/**
 * students.csv: unique Student_id, a known school, a grade inside the school's span, an unshared
 * email; then a second pass for DOB against grade once the school year is inferred.
 */
export async function checkCleverStudents(d: CleverDistrict): Promise<void> {
  const scan = await scanCleverFile(d, STUDENTS, { table: d.students, column: 'Student_id' }, (row, report) => {
    registerId(row, report, 'Student_id', d.students, row.get('School_id'));
    checkReference(row, report, schoolRef(d));
    checkGradeInSpan(row, report, d.schools.get(row.get('School_id')));
    claimEmail(d, row, report, { column: 'Student_email', kind: 'student', file: STUDENTS.file });
    const age = ageEvidence(row);
    if (age) d.ages.observe(age.dob, age.usual);
  });
  if (scan.present) await checkBirthDates(d);
}

async function checkBirthDates(d: CleverDistrict): Promise<void> {
  const report = d.sink.forFile(`${d.folder}/${STUDENTS.file}`);
  for await (const row of readRows(join(d.dir, STUDENTS.file))) {
    const age = ageEvidence(row);
    const problem = age && d.ages.problem(age.dob, age.usual);
    if (problem) report(row.row, 'dob-implausible-for-grade', `DOB: ${problem} (Grade ${row.get('Grade')})`, row.get('DOB'));
  }
}

function ageEvidence(row: CsvRow): { dob: CivilDate; usual: number } | undefined {
  const dob = parseUsDate(row.get('DOB'));
  const usual = nominalAge(row.get('Grade'));
  return dob && usual !== undefined ? { dob, usual } : undefined;
}
