import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRoster } from '../check-roster.js';
import { cleverFixture, D } from '../testing/clever-fixture.js';
import { findingKeys } from '../testing/expect-findings.js';
import { withCell, withColumns, withoutFile, withRow, writeFixture, type RosterFixture } from '../testing/roster-fixture.js';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

async function judge(fixture: RosterFixture) {
  const dir = writeFixture(fixture);
  dirs.push(dir);
  return checkRoster(dir);
}

const good = cleverFixture();
const f = (file: string): string => `${D}/${file}.csv`;

describe('Clever judge on a good roster', () => {
  it('finds nothing and counts what it read', async () => {
    const report = await judge(good);
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ format: 'clever', filesChecked: 6, rowsChecked: 18 });
  });

  it('accepts the base header plus Clever optional columns with good values', async () => {
    const extended = withColumns(withColumns(good, f('students'), { Race: ['W', 'A', 'B', 'M'], Hispanic_Latino: ['Y', 'N', 'N', ''], Home_language: ['Spanish', 'English', '', ''], Frl_status: ['Free', 'Paid', '', ''] }),
      f('sections'), { Period: ['1', '2', '3'], Term_start: ['08/17/2026', '08/17/2026', '08/17/2026'], Term_end: ['06/11/2027', '06/11/2027', '12/18/2026'] });
    expect((await judge(extended)).findings).toEqual([]);
  });
});

describe('Clever rules each catch their mutation (file, row, rule)', () => {
  const cases: [string, RosterFixture, string[]][] = [
    ['duplicate Teacher_id', withRow(good, f('teachers'), 'S1,T1,1009,ST9,zed.ray@d.example.org,Zed,Ray,Teacher'), [`${f('teachers')}:4:duplicate-id`]],
    ['duplicate School_id', withRow(good, f('schools'), 'S2,Pine Middle,103,6,8,,,,,,,'), [`${f('schools')}:3:duplicate-id`]],
    ['teacher at an unknown school', withCell(good, f('teachers'), 3, 'School_id', 'S9'), [`${f('teachers')}:3:unknown-school`]],
    ['dangling primary teacher', withCell(good, f('sections'), 3, 'Teacher_id', 'T9'), [`${f('sections')}:3:unknown-teacher`]],
    ['dangling co-teacher', withCell(good, f('sections'), 1, 'Teacher_2_id', 'T9'), [`${f('sections')}:1:unknown-co-teacher`]],
    ['co-teacher equal to the primary', withCell(good, f('sections'), 1, 'Teacher_2_id', 'T1'), [`${f('sections')}:1:co-teacher-repeated`]],
    ['enrollment to an unknown section', withCell(good, f('enrollments'), 1, 'Section_id', 'C9'), [`${f('enrollments')}:1:unknown-section`]],
    ['enrollment of an unknown student', withCell(good, f('enrollments'), 2, 'Student_id', 'P9'), [`${f('enrollments')}:2:unknown-student`]],
    ['repeated enrollment', withRow(good, f('enrollments'), 'S1,C1,P1'), [`${f('enrollments')}:5:duplicate-enrollment`]],
    ['enrollment across schools', withCell(good, f('enrollments'), 1, 'Student_id', 'P3'), [`${f('enrollments')}:1:enrollment-across-schools`]],
    ['enrollment filed under another school', withCell(good, f('enrollments'), 3, 'School_id', 'S1'), [`${f('enrollments')}:3:enrollment-school-mismatch`]],
    ['student grade outside the school span', withCell(good, f('students'), 3, 'Grade', '8'), [`${f('students')}:3:grade-outside-school-span`]],
    ['section grade outside the school span', withCell(good, f('sections'), 3, 'Grade', '7'), [`${f('sections')}:3:grade-outside-school-span`]],
    ['inverted school span', withCell(withCell(good, f('schools'), 2, 'Low_grade', '12'), f('schools'), 2, 'High_grade', '9'), [`${f('schools')}:2:school-grade-span-inverted`]],
    ['unknown grade', withCell(good, f('students'), 2, 'Grade', 'K'), [`${f('students')}:2:unknown-grade`]],
    ['DOB implausible for grade', withCell(good, f('students'), 3, 'DOB', '06/30/2001'), [`${f('students')}:3:dob-implausible-for-grade`]],
    ['ISO date in a Clever file', withCell(good, f('students'), 1, 'DOB', '2018-03-14'), [`${f('students')}:1:date-format`]],
    ['impossible date', withCell(good, f('students'), 1, 'DOB', '02/30/2018'), [`${f('students')}:1:date-format`]],
    ['email without a dot domain', withCell(good, f('teachers'), 2, 'Teacher_email', 'dan.fox@example'), [`${f('teachers')}:2:bad-email`]],
    ['two students share an email', withCell(good, f('students'), 2, 'Student_email', 'ANA.DIAZ@s.example.org'), [`${f('students')}:2:duplicate-email`]],
    ['a student uses a teacher email', withCell(good, f('students'), 1, 'Student_email', 'eve.ng@d.example.org'), [`${f('students')}:1:duplicate-email`]],
    ['two teachers share an email', withCell(good, f('teachers'), 2, 'Teacher_email', 'eve.ng@d.example.org'), [`${f('teachers')}:3:duplicate-email`]],
    ['dual-role pair with different names', withCell(good, f('staff'), 2, 'Staff_email', 'dan.fox@d.example.org'), [`${f('staff')}:2:dual-role-name-mismatch`]],
    ['gender outside M/F/X', withCell(good, f('students'), 1, 'Gender', 'Female'), [`${f('students')}:1:gender-vocabulary`]],
    ['blank required field', withCell(good, f('students'), 2, 'Last_name', ''), [`${f('students')}:2:missing-required-field`]],
    ['blank Staff_email (required in staff.csv)', withCell(good, f('staff'), 2, 'Staff_email', ''), [`${f('staff')}:2:missing-required-field`]],
    ['unknown subject', withCell(good, f('sections'), 3, 'Subject', 'Biology'), [`${f('sections')}:3:vocabulary`]],
    ['unknown state', withCell(good, f('schools'), 1, 'School_state', 'Illinois'), [`${f('schools')}:1:vocabulary`]],
    ['bad ZIP', withCell(good, f('schools'), 1, 'School_zip', '6270'), [`${f('schools')}:1:zip-format`]],
    ['missing sections.csv', withoutFile(good, f('sections')), [`${f('sections')}:0:missing-file`]],
    ['stray CSV in a district folder', { ...good, [f('admins')]: [['School_id']] }, [`${f('admins')}:0:unexpected-file`]],
    ['short row', withRow(good, f('enrollments'), 'S1,C1'), [`${f('enrollments')}:5:missing-required-field`, `${f('enrollments')}:5:row-width`]],
    ['race outside the code list', withColumns(good, f('students'), { Race: ['W', 'Z', '', ''] }), [`${f('students')}:2:race-vocabulary`]],
    ['Y/N field spelt out', withColumns(good, f('students'), { Ell_status: ['Yes', '', '', ''] }), [`${f('students')}:1:yes-no-vocabulary`]],
    ['unknown extra column', withColumns(good, f('teachers'), { Nickname: ['c', 'd', 'e'] }), [`${f('teachers')}:0:header-mismatch`]],
    ['term that ends before it starts', withColumns(good, f('sections'), { Term_start: ['12/18/2026', '', ''], Term_end: ['08/17/2026', '', ''] }), [`${f('sections')}:1:date-range-inverted`]],
  ];

  it.each(cases)('%s', async (_name, fixture, expected) => {
    expect(findingKeys(await judge(fixture))).toEqual([...expected].sort());
  });

  it('reports a scrambled header once, and still reads the columns by name', async () => {
    const swapped = Object.fromEntries(Object.entries(good).map(([k, rows]) => [k, k === f('students') ? rows.map((r) => swap(r, 6, 7)) : rows]));
    const report = await judge(swapped);
    expect(findingKeys(report)).toEqual([`${f('students')}:0:header-mismatch`]);
    expect(report.findings[0]?.message).toContain("column 7 is 'Gender' but must be 'Grade'");
  });

  it('names the value and a readable message', async () => {
    const report = await judge(withCell(good, f('sections'), 3, 'Teacher_id', 'T9'));
    expect(report.findings[0]).toEqual({ file: f('sections'), row: 3, rule: 'unknown-teacher', value: 'T9', message: "Teacher_id 'T9' is not a Teacher_id in teachers.csv" });
  });
});

function swap(row: string[], a: number, b: number): string[] {
  const copy = [...row];
  [copy[a], copy[b]] = [row[b] ?? '', row[a] ?? ''];
  return copy;
}
