import type { CsvRow } from '../csv/csv-row.js';
import type { FileFindings } from '../finding-sink.js';
import { IdTable } from '../rules/id-table.js';
import { PairSet } from '../rules/pair-set.js';
import { checkReference, registerId } from '../rules/reference-rules.js';
import { checkSchoolOrg } from './check-or-courses-classes.js';
import { checkDateOrder } from './check-or-orgs-sessions.js';
import { scanOneRosterFile, type OneRosterRun } from './oneroster-run.js';

/**
 * enrollments.csv: known class, school (an org of type school) and user; one row per user and class;
 * the class's school; a role the user holds; primary=true only for teachers; a student in the class's school.
 */
export async function checkEnrollments(run: OneRosterRun): Promise<void> {
  const ids = new IdTable<true>();
  const pairs = new PairSet(run.classes, run.users);
  await scanOneRosterFile(run, 'enrollments', undefined, (row, report) => {
    registerId(row, report, 'sourcedId', ids, true);
    checkReference(row, report, { column: 'classSourcedId', table: run.classes, rule: 'unknown-class', what: 'a class in classes.csv' });
    checkReference(row, report, { column: 'userSourcedId', table: run.users, rule: 'unknown-user', what: 'a user in users.csv' });
    checkSchoolOrg(run, row, report, 'schoolSourcedId');
    checkPair(row, report, pairs);
    checkRoleAndPrimary(run, row, report);
    checkSchools(run, row, report);
    checkDateOrder(row, report, ['beginDate', 'endDate']);
  });
}

function checkPair(row: CsvRow, report: FileFindings, pairs: PairSet): void {
  if (pairs.add(row.get('classSourcedId'), row.get('userSourcedId'))) return;
  report(row.row, 'duplicate-enrollment', 'this user is already enrolled in this class', `${row.get('classSourcedId')}/${row.get('userSourcedId')}`);
}

function checkRoleAndPrimary(run: OneRosterRun, row: CsvRow, report: FileFindings): void {
  const role = row.get('role');
  if (row.get('primary') === 'true' && role !== 'teacher') report(row.row, 'primary-on-non-teacher', `primary=true is only allowed on teacher enrollments, not ${role}`, role);
  const user = run.users.get(row.get('userSourcedId'));
  if (!user?.rolesKnown) return;
  const holds = role === 'student' ? user.student : role === 'teacher' ? user.teacher : true;
  if (!holds) report(row.row, 'enrollment-role-mismatch', `enrolled as ${role} but the user's roles are '${user.roles}'`, role);
}

function checkSchools(run: OneRosterRun, row: CsvRow, report: FileFindings): void {
  const classSchool = run.classes.get(row.get('classSourcedId'));
  const school = row.get('schoolSourcedId');
  if (classSchool !== undefined && classSchool !== school) {
    report(row.row, 'enrollment-school-mismatch', `schoolSourcedId differs from the class's school '${classSchool}'`, school);
    return;
  }
  const user = run.users.get(row.get('userSourcedId'));
  if (classSchool !== undefined && user?.student === true && row.get('role') === 'student' && !user.orgs.includes(classSchool)) {
    report(row.row, 'enrollment-across-schools', `the student belongs to '${user.orgs.join(',')}', not the class's school '${classSchool}'`, row.get('userSourcedId'));
  }
}
