import { join } from 'node:path';
import type { CsvRow } from '../csv/csv-row.js';
import { readRows } from '../csv/read-rows.js';
import { IdTable } from '../rules/id-table.js';
import { checkReference, registerId } from '../rules/reference-rules.js';
import { parseIsoDate, type CivilDate } from '../rules/value-formats.js';
import { scanOneRosterFile, type OneRosterRun } from './oneroster-run.js';

/** demographics.csv: one row per known user; then a second pass for birthDate against the student's grade. */
export async function checkDemographics(run: OneRosterRun): Promise<void> {
  const ids = new IdTable<true>();
  const scan = await scanOneRosterFile(run, 'demographics', undefined, (row, report) => {
    registerId(row, report, 'sourcedId', ids, true);
    checkReference(row, report, { column: 'sourcedId', table: run.users, rule: 'unknown-user', what: 'a user in users.csv' });
    const age = ageEvidence(run, row);
    if (age) run.ages.observe(age.dob, age.usual);
  });
  if (scan?.present) await checkBirthDates(run);
}

async function checkBirthDates(run: OneRosterRun): Promise<void> {
  const report = run.sink.forFile('demographics.csv');
  for await (const row of readRows(join(run.dir, 'demographics.csv'))) {
    const age = ageEvidence(run, row);
    const problem = age && run.ages.problem(age.dob, age.usual);
    if (problem) report(row.row, 'dob-implausible-for-grade', `birthDate: ${problem}`, row.get('birthDate'));
  }
}

function ageEvidence(run: OneRosterRun, row: CsvRow): { dob: CivilDate; usual: number } | undefined {
  const dob = parseIsoDate(row.get('birthDate'));
  const usual = run.users.get(row.get('sourcedId'))?.usualAge;
  return dob && usual !== undefined ? { dob, usual } : undefined;
}
