import { join } from 'node:path';
import type { CsvRow } from '../csv/csv-row.js';
import { readRows } from '../csv/read-rows.js';
import type { FileFindings } from '../finding-sink.js';
import { splitList } from '../rules/cell-checks.js';
import { cleverGradeOf, nominalAge } from '../rules/grade-rules.js';
import { IdTable } from '../rules/id-table.js';
import { DeferredReferences, checkListReference, checkReference, registerId } from '../rules/reference-rules.js';
import { checkDateOrder } from './check-or-orgs-sessions.js';
import { scanOneRosterFile, type OneRosterRun, type UserFacts } from './oneroster-run.js';

/** users.csv: unique sourcedIds, known orgs and agents, well-formed userIds, emails unique except dual-role pairs. */
export async function checkUsers(run: OneRosterRun): Promise<void> {
  if (run.version === '1.2') await indexRoles(run);
  const agents = new DeferredReferences();
  const masters = new Set<string>();
  await scanOneRosterFile(run, 'users', run.users, (row, report) => {
    const facts = userFacts(run, row);
    registerId(row, report, 'sourcedId', run.users, facts);
    checkUserOrgs(run, row, report, masters);
    claimUserEmail(run, row, report, facts);
    agents.note(row, 'agentSourcedIds');
  });
  agents.resolve(run.sink.forFile('users.csv'), { column: 'agentSourcedIds', table: run.users, rule: 'unknown-user', what: 'a user in users.csv' });
}

/** 1.2 keeps roles and orgs in roles.csv: read them first so users.csv rows know who is a student. */
async function indexRoles(run: OneRosterRun): Promise<void> {
  if (!run.manifest.judged.has('roles')) return;
  for await (const row of readRows(join(run.dir, 'roles.csv'))) {
    const user = row.get('userSourcedId');
    const entry = run.roleIndex.get(user) ?? { roles: new Set<string>(), orgs: new Set<string>() };
    if (row.get('role') !== '') entry.roles.add(row.get('role'));
    if (row.get('orgSourcedId') !== '') entry.orgs.add(row.get('orgSourcedId'));
    run.roleIndex.set(user, entry);
  }
}

function userFacts(run: OneRosterRun, row: CsvRow): UserFacts {
  const indexed = run.roleIndex.get(row.get('sourcedId'));
  const roles = run.version === '1.1' ? splitList(row.get('role')) : [...(indexed?.roles ?? [])];
  const orgs = run.version === '1.1' ? splitList(row.get('orgSourcedIds')) : [...(indexed?.orgs ?? [])];
  const grade = cleverGradeOf(splitList(row.get('grades'))[0] ?? '');
  const usualAge = grade === undefined ? undefined : nominalAge(grade);
  const rolesKnown = run.version === '1.1' || !run.manifest.unknown.has('roles');
  const facts = { rolesKnown, roles: roles.sort().join(','), student: roles.includes('student'), teacher: roles.includes('teacher'), orgs };
  return usualAge === undefined ? facts : { ...facts, usualAge };
}

function checkUserOrgs(run: OneRosterRun, row: CsvRow, report: FileFindings, masters: Set<string>): void {
  const org = { table: run.orgs, rule: 'unknown-org', what: 'an org in orgs.csv' } as const;
  if (run.version === '1.1') {
    checkListReference(row, report, { ...org, column: 'orgSourcedIds' });
    return;
  }
  checkReference(row, report, { ...org, column: 'primaryOrgSourcedId' });
  const master = row.get('userMasterIdentifier');
  if (master !== '' && masters.has(master)) report(row.row, 'duplicate-user-master-identifier', 'userMasterIdentifier is already used by an earlier user', master);
  masters.add(master);
}

function claimUserEmail(run: OneRosterRun, row: CsvRow, report: FileFindings, facts: UserFacts): void {
  const email = row.get('email');
  if (email === '') return;
  const name = `${row.get('givenName')} ${row.get('familyName')}`.trim().toLowerCase();
  const claim = run.emails.claim(email, { file: 'users.csv', row: row.row, kind: facts.roles, name });
  if (claim.status === 'duplicate') {
    report(row.row, 'duplicate-email', `email is already used by users.csv row ${claim.first.row}`, email);
  } else if (claim.status === 'dual-role' && claim.first.name !== name) {
    report(row.row, 'dual-role-name-mismatch', `email is shared with users.csv row ${claim.first.row}, a dual-role pair, but the names differ`, email);
  }
}

/** userProfiles.csv (1.2): unique sourcedIds, each naming a known user. */
export async function checkUserProfiles(run: OneRosterRun): Promise<void> {
  await scanOneRosterFile(run, 'userProfiles', run.userProfiles, (row, report) => {
    registerId(row, report, 'sourcedId', run.userProfiles, true);
    checkReference(row, report, { column: 'userSourcedId', table: run.users, rule: 'unknown-user', what: 'a user in users.csv' });
  });
}

/** roles.csv (1.2): unique sourcedIds; known user, org and user profile. */
export async function checkRoles(run: OneRosterRun): Promise<void> {
  const seen = new IdTable<true>();
  await scanOneRosterFile(run, 'roles', undefined, (row, report) => {
    registerId(row, report, 'sourcedId', seen, true);
    checkReference(row, report, { column: 'userSourcedId', table: run.users, rule: 'unknown-user', what: 'a user in users.csv' });
    checkReference(row, report, { column: 'orgSourcedId', table: run.orgs, rule: 'unknown-org', what: 'an org in orgs.csv' });
    checkReference(row, report, { column: 'userProfileSourcedId', table: run.userProfiles, rule: 'unknown-user-profile', what: 'a profile in userProfiles.csv' });
    checkDateOrder(row, report, ['beginDate', 'endDate']);
  });
}
