import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRoster } from '../check-roster.js';
import { findingKeys } from '../testing/expect-findings.js';
import { oneRoster11Fixture, oneRoster12Fixture } from '../testing/oneroster-fixture.js';
import { cloneFixture, withCell, withoutFile, withRow, writeFixture, type RosterFixture } from '../testing/roster-fixture.js';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

async function judge(fixture: RosterFixture) {
  const dir = writeFixture(fixture);
  dirs.push(dir);
  return checkRoster(dir);
}

const v11 = oneRoster11Fixture();
const v12 = oneRoster12Fixture();

/** The manifest row (1-based data row) of `property`. */
function manifestRow(fixture: RosterFixture, property: string): number {
  return (fixture['manifest.csv'] ?? []).findIndex((r) => r[0] === property);
}

function withoutManifestLine(fixture: RosterFixture, property: string): RosterFixture {
  const copy = cloneFixture(fixture);
  copy['manifest.csv'] = (copy['manifest.csv'] ?? []).filter((r) => r[0] !== property);
  return copy;
}

describe('OneRoster judge on good exports', () => {
  it('finds nothing in 1.1 (with a teacher/administrator dual-role pair sharing an email)', async () => {
    const report = await judge(v11);
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ format: 'oneroster-1.1', filesChecked: 8, rowsChecked: 15 + 3 + 2 + 2 + 2 + 5 + 4 + 2 });
  });

  it('finds nothing in 1.2 and reads roles.csv', async () => {
    const report = await judge(v12);
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ format: 'oneroster-1.2', filesChecked: 9 });
  });

  it('accepts metadata.* columns after the spec columns', async () => {
    const copy = cloneFixture(v11);
    copy['orgs.csv'] = (copy['orgs.csv'] ?? []).map((r, i) => [...r, i === 0 ? 'metadata.nces' : 'x']);
    expect((await judge(copy)).findings).toEqual([]);
  });
});

describe('OneRoster rules each catch their mutation (file, row, rule)', () => {
  const cases: [string, RosterFixture, string[]][] = [
    ['unknown oneroster.version', withCell(v11, 'manifest.csv', 2, 'value', '1.3'), ['manifest.csv:2:manifest-version']],
    ['manifest.version other than 1.0', withCell(v12, 'manifest.csv', 1, 'value', '1.2'), ['manifest.csv:1:manifest-version']],
    ['bulk file missing', withoutFile(v11, 'demographics.csv'), [`manifest.csv:${manifestRow(v11, 'file.demographics')}:manifest-file-missing`]],
    ['absent file present', withCell(v11, 'manifest.csv', manifestRow(v11, 'file.courses'), 'value', 'absent'), [`manifest.csv:${manifestRow(v11, 'file.courses')}:manifest-file-unexpected`]],
    ['delta file', withCell(v11, 'manifest.csv', manifestRow(v11, 'file.orgs'), 'value', 'delta'), [`manifest.csv:${manifestRow(v11, 'file.orgs')}:manifest-mode`]],
    ['file line missing', withoutManifestLine(v11, 'file.lineItems'), ['manifest.csv:0:manifest-property-missing']],
    ['1.2 file listed in a 1.1 manifest', withRow(v11, 'manifest.csv', 'file.roles,absent'), [`manifest.csv:${(v11['manifest.csv'] ?? []).length}:manifest-unknown-file`]],
    ['property listed twice', withRow(v11, 'manifest.csv', 'manifest.version,1.0'), [`manifest.csv:${(v11['manifest.csv'] ?? []).length}:manifest-duplicate-property`]],
    ['CSV the manifest does not know', { ...v11, 'extra.csv': [['a']] }, ['extra.csv:0:unexpected-file']],
    ['scrambled users header', swapColumns(v11, 'users.csv', 'givenName', 'familyName'), ['users.csv:0:header-mismatch']],
    ['Clever date in OneRoster', withCell(v11, 'demographics.csv', 1, 'birthDate', '03/14/2018'), ['demographics.csv:1:date-format']],
    ['date-only dateLastModified', withCell(v11, 'academicSessions.csv', 1, 'dateLastModified', '2026-08-01'), ['academicSessions.csv:1:datetime-format']],
    ['session ending before it starts', withCell(v11, 'academicSessions.csv', 2, 'endDate', '2026-08-01'), ['academicSessions.csv:2:date-range-inverted']],
    ['schoolYear as a range', withCell(v11, 'academicSessions.csv', 2, 'schoolYear', '2026-27'), ['academicSessions.csv:2:school-year-format']],
    ['grade not zero-padded', withCell(v11, 'users.csv', 4, 'grades', '3'), ['users.csv:4:unknown-grade']],
    ['class grade outside CEDS', withCell(v12, 'classes.csv', 2, 'grades', 'Grade 10'), ['classes.csv:2:unknown-grade']],
    ['duplicate org sourcedId', withRow(v11, 'orgs.csv', 'S1,,,Elm Annex,school,340000100009,D1'), ['orgs.csv:4:duplicate-id']],
    ['sourcedId with a space', withRow(v11, 'orgs.csv', 'X 1,,,Extra,district,,'), ['orgs.csv:4:sourced-id-format']],
    ['user at an unknown org', withCell(v11, 'users.csv', 3, 'orgSourcedIds', 'S9'), ['users.csv:3:unknown-org']],
    ['school parented by a school', withCell(v11, 'orgs.csv', 3, 'parentSourcedId', 'S1'), ['orgs.csv:3:school-parent-not-district']],
    ['enrollment school that is a district', withCell(v11, 'enrollments.csv', 2, 'schoolSourcedId', 'D1'), ['enrollments.csv:2:enrollment-school-mismatch', 'enrollments.csv:2:org-not-school']],
    ['enrollment to an unknown class', withCell(v11, 'enrollments.csv', 2, 'classSourcedId', 'C9'), ['enrollments.csv:2:unknown-class']],
    ['enrollment of an unknown user', withCell(v12, 'enrollments.csv', 2, 'userSourcedId', 'P9'), ['enrollments.csv:2:unknown-user']],
    ['class with an unknown term', withCell(v11, 'classes.csv', 1, 'termSourcedIds', 'T1,T9'), ['classes.csv:1:unknown-session']],
    ['agent that is not a user', withCell(v11, 'users.csv', 4, 'agentSourcedIds', 'U3,G9'), ['users.csv:4:unknown-user']],
    ['session under an unknown parent', withCell(v12, 'academicSessions.csv', 2, 'parentSourcedId', 'Y9'), ['academicSessions.csv:2:unknown-session']],
    ['class with an unknown course', withCell(v12, 'classes.csv', 1, 'courseSourcedId', 'K9'), ['classes.csv:1:unknown-course']],
    ['student enrolled across schools', withCell(v11, 'users.csv', 4, 'orgSourcedIds', 'S2'), ['enrollments.csv:2:enrollment-across-schools']],
    ['student enrolled as a teacher', withCell(v11, 'enrollments.csv', 2, 'role', 'teacher'), ['enrollments.csv:2:enrollment-role-mismatch']],
    ['primary=true on a student', withCell(v12, 'enrollments.csv', 2, 'primary', 'true'), ['enrollments.csv:2:primary-on-non-teacher']],
    ['repeated enrollment', withRow(v11, 'enrollments.csv', 'E5,,,C1,S1,P1,student,false,,'), ['enrollments.csv:5:duplicate-enrollment']],
    ['enabledUser yes', withCell(v11, 'users.csv', 1, 'enabledUser', 'yes'), ['users.csv:1:boolean-format']],
    ['race flag Y', withCell(v11, 'demographics.csv', 1, 'white', 'Y'), ['demographics.csv:1:boolean-format']],
    ['sex F', withCell(v12, 'demographics.csv', 1, 'sex', 'F'), ['demographics.csv:1:gender-vocabulary']],
    ['1.2 sex value in 1.1', withCell(v11, 'demographics.csv', 1, 'sex', 'unspecified'), ['demographics.csv:1:gender-vocabulary']],
    ['birthDate implausible for grade', withCell(v12, 'demographics.csv', 2, 'birthDate', '2001-06-30'), ['demographics.csv:2:dob-implausible-for-grade']],
    ['student sharing a teacher email', withCell(v11, 'users.csv', 4, 'email', 'eve.ng@d.example.org'), ['users.csv:4:duplicate-email']],
    ['bad email', withCell(v12, 'users.csv', 2, 'email', 'eve.ng.example.org'), ['users.csv:2:bad-email']],
    ['missing givenName', withCell(v12, 'users.csv', 3, 'givenName', ''), ['users.csv:3:missing-required-field']],
    ['status inactive', withCell(v11, 'academicSessions.csv', 1, 'status', 'inactive'), ['academicSessions.csv:1:vocabulary']],
    ['userIds without braces', withCell(v12, 'users.csv', 1, 'userIds', 'SIS:1001'), ['users.csv:1:user-ids-format']],
    ['repeated userMasterIdentifier', withCell(v12, 'users.csv', 3, 'userMasterIdentifier', 'M1'), ['users.csv:3:duplicate-user-master-identifier']],
    ['role for an unknown user', withCell(v12, 'roles.csv', 3, 'userSourcedId', 'U9'), ['enrollments.csv:3:enrollment-role-mismatch', 'roles.csv:3:unknown-user']],
    ['unknown role', withCell(v12, 'roles.csv', 2, 'role', 'boss'), ['roles.csv:2:vocabulary']],
    ['role pointing at a missing user profile', withCell(v12, 'roles.csv', 1, 'userProfileSourcedId', 'UP1'), ['roles.csv:1:unknown-user-profile']],
    ['roles.csv marked absent but present (role checks stand down)', withCell(v12, 'manifest.csv', manifestRow(v12, 'file.roles'), 'value', 'absent'), [`manifest.csv:${manifestRow(v12, 'file.roles')}:manifest-file-unexpected`]],
    ['subjects and subjectCodes of different lengths', withCell(v11, 'courses.csv', 2, 'subjectCodes', '13,14'), ['courses.csv:2:subject-codes-length']],
  ];

  it.each(cases)('%s', async (_name, fixture, expected) => {
    expect(findingKeys(await judge(fixture))).toEqual([...expected].sort());
  });

  it('judges by roles.csv presence when the declared version is unusable', async () => {
    const report = await judge(withCell(v12, 'manifest.csv', 2, 'value', '2.0'));
    expect(report.format).toBe('oneroster-1.2');
    expect(findingKeys(report)).toEqual(['manifest.csv:2:manifest-version']);
  });
});

function swapColumns(fixture: RosterFixture, file: string, a: string, b: string): RosterFixture {
  const copy = cloneFixture(fixture);
  const rows = copy[file] ?? [];
  const [i, j] = [rows[0]?.indexOf(a) ?? -1, rows[0]?.indexOf(b) ?? -1];
  for (const r of rows) [r[i], r[j]] = [r[j] ?? '', r[i] ?? ''];
  return copy;
}
