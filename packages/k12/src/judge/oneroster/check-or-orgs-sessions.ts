import type { CsvRow } from '../csv/csv-row.js';
import type { FileFindings } from '../finding-sink.js';
import { DeferredReferences, registerId } from '../rules/reference-rules.js';
import { compareDates, parseIsoDate } from '../rules/value-formats.js';
import { scanOneRosterFile, type OneRosterRun } from './oneroster-run.js';

interface ParentLink {
  readonly row: number;
  readonly parent: string;
  readonly school: boolean;
}

/** orgs.csv: unique sourcedIds, parents that exist, and every school parented by a district org. */
export async function checkOrgs(run: OneRosterRun): Promise<void> {
  const links: ParentLink[] = [];
  await scanOneRosterFile(run, 'orgs', run.orgs, (row, report) => {
    registerId(row, report, 'sourcedId', run.orgs, row.get('type'));
    links.push({ row: row.row, parent: row.get('parentSourcedId'), school: row.get('type') === 'school' });
  });
  const report = run.sink.forFile('orgs.csv');
  for (const link of links) checkOrgParent(run, link, report);
}

function checkOrgParent(run: OneRosterRun, link: ParentLink, report: FileFindings): void {
  if (link.parent !== '' && run.orgs.dangles(link.parent)) {
    report(link.row, 'unknown-org', `parentSourcedId '${link.parent}' is not an org in orgs.csv`, link.parent);
  } else if (link.school && run.orgs.complete && run.orgs.get(link.parent) !== 'district') {
    report(link.row, 'school-parent-not-district', 'a school must have a parentSourcedId naming an org of type district', link.parent);
  }
}

/** academicSessions.csv: unique sourcedIds, parents that exist, start not after end; the schoolYear row sets the fall year for ages. */
export async function checkAcademicSessions(run: OneRosterRun): Promise<void> {
  const parents = new DeferredReferences();
  await scanOneRosterFile(run, 'academicSessions', run.sessions, (row, report) => {
    registerId(row, report, 'sourcedId', run.sessions, true);
    parents.note(row, 'parentSourcedId');
    checkDateOrder(row, report, ['startDate', 'endDate']);
    noteSchoolYear(run, row);
  });
  const ref = { column: 'parentSourcedId', table: run.sessions, rule: 'unknown-session', what: 'a session in academicSessions.csv' } as const;
  parents.resolve(run.sink.forFile('academicSessions.csv'), ref);
}

/** Reports `date-range-inverted` when the row's first date column is after its second. */
export function checkDateOrder(row: CsvRow, report: FileFindings, [from, to]: readonly [string, string]): void {
  const start = parseIsoDate(row.get(from));
  const end = parseIsoDate(row.get(to));
  if (start && end && compareDates(start, end) > 0) {
    report(row.row, 'date-range-inverted', `${from} is after ${to}`, `${row.get(from)}/${row.get(to)}`);
  }
}

function noteSchoolYear(run: OneRosterRun, row: CsvRow): void {
  const year = row.get('schoolYear');
  if (row.get('type') === 'schoolYear' && /^\d{4}$/.test(year)) run.ages.useFallYear(Number(year) - 1);
}
