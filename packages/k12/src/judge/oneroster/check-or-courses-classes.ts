import type { CsvRow } from '../csv/csv-row.js';
import type { FileFindings } from '../finding-sink.js';
import { splitList } from '../rules/cell-checks.js';
import { checkListReference, checkReference, registerId } from '../rules/reference-rules.js';
import { scanOneRosterFile, type OneRosterRun } from './oneroster-run.js';

/** courses.csv: unique sourcedIds, a known org and school year, parallel subjects and subjectCodes. */
export async function checkCourses(run: OneRosterRun): Promise<void> {
  await scanOneRosterFile(run, 'courses', run.courses, (row, report) => {
    registerId(row, report, 'sourcedId', run.courses, true);
    checkReference(row, report, { column: 'orgSourcedId', table: run.orgs, rule: 'unknown-org', what: 'an org in orgs.csv' });
    checkReference(row, report, { column: 'schoolYearSourcedId', table: run.sessions, rule: 'unknown-session', what: 'a session in academicSessions.csv' });
    checkSubjectCodes(row, report);
  });
}

/** classes.csv: unique sourcedIds, a known course and terms, a school that is an org of type school. */
export async function checkClasses(run: OneRosterRun): Promise<void> {
  await scanOneRosterFile(run, 'classes', run.classes, (row, report) => {
    registerId(row, report, 'sourcedId', run.classes, row.get('schoolSourcedId'));
    checkReference(row, report, { column: 'courseSourcedId', table: run.courses, rule: 'unknown-course', what: 'a course in courses.csv' });
    checkListReference(row, report, { column: 'termSourcedIds', table: run.sessions, rule: 'unknown-session', what: 'a session in academicSessions.csv' });
    checkSchoolOrg(run, row, report, 'schoolSourcedId');
    checkSubjectCodes(row, report);
  });
}

/** The row's `column` must name an org, and that org must be of type school. */
export function checkSchoolOrg(run: OneRosterRun, row: CsvRow, report: FileFindings, column: string): void {
  checkReference(row, report, { column, table: run.orgs, rule: 'unknown-org', what: 'an org in orgs.csv' });
  const id = row.get(column);
  const type = run.orgs.get(id);
  if (type !== undefined && type !== 'school') report(row.row, 'org-not-school', `${column} names an org of type ${type}, not school`, id);
}

function checkSubjectCodes(row: CsvRow, report: FileFindings): void {
  const subjects = splitList(row.get('subjects')).length;
  const codes = splitList(row.get('subjectCodes')).length;
  if (codes > 0 && subjects !== codes) {
    report(row.row, 'subject-codes-length', `subjects has ${subjects} items but subjectCodes has ${codes}`, row.get('subjectCodes'));
  }
}
