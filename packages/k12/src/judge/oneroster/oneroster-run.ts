import { join } from 'node:path';
import type { FindingSink } from '../finding-sink.js';
import { AgeGradeCheck } from '../rules/age-grade-check.js';
import { EmailRegistry, type EmailOwner } from '../rules/email-registry.js';
import { IdTable } from '../rules/id-table.js';
import { requireIdColumn } from '../rules/reference-rules.js';
import { scanTable, type RowVisitor, type TableScan } from '../table/scan-table.js';
import type { ManifestVerdict } from './check-manifest.js';
import { ONEROSTER_SPECS, type OneRosterVersion } from './oneroster-specs.js';

/** What later files need to know about a user. */
export interface UserFacts {
  /** False when the user's roles cannot be known (1.2 with a roles.csv the manifest contradicts). */
  readonly rolesKnown: boolean;
  /** Sorted role names, comma-joined. */
  readonly roles: string;
  readonly student: boolean;
  readonly teacher: boolean;
  /** Orgs the user belongs to (1.1 orgSourcedIds, 1.2 roles' orgSourcedId). */
  readonly orgs: readonly string[];
  /** Usual age on 1 September for the user's (first) grade, if it has one. */
  readonly usualAge?: number;
}

/** Roles and orgs per user, read from roles.csv before users.csv (1.2). */
export type RoleIndex = Map<string, { roles: Set<string>; orgs: Set<string> }>;

/** The judge's memory while it reads a OneRoster bulk export file by file. */
export interface OneRosterRun {
  readonly dir: string;
  readonly sink: FindingSink;
  readonly version: OneRosterVersion;
  readonly manifest: ManifestVerdict;
  /** sourcedId → org type. */
  readonly orgs: IdTable<string>;
  readonly sessions: IdTable<true>;
  readonly courses: IdTable<true>;
  /** sourcedId → schoolSourcedId. */
  readonly classes: IdTable<string>;
  readonly users: IdTable<UserFacts>;
  readonly userProfiles: IdTable<true>;
  readonly roleIndex: RoleIndex;
  readonly emails: EmailRegistry;
  readonly ages: AgeGradeCheck;
}

/** Two users may share an email when neither is a student and their roles differ (one dual-role person). */
const oneRosterDualRole = (a: EmailOwner, b: EmailOwner): boolean =>
  a.kind !== b.kind && !a.kind.split(',').includes('student') && !b.kind.split(',').includes('student');

export function createOneRosterRun(dir: string, sink: FindingSink, manifest: ManifestVerdict): OneRosterRun {
  return {
    dir, sink, version: manifest.version, manifest,
    orgs: new IdTable(), sessions: new IdTable(), courses: new IdTable(), classes: new IdTable(), users: new IdTable(),
    userProfiles: new IdTable(), roleIndex: new Map(), emails: new EmailRegistry(oneRosterDualRole), ages: new AgeGradeCheck(),
  };
}

/**
 * Scans `<name>.csv` when the manifest lets it be judged. A file absent by the manifest defines
 * nothing; one whose manifest line is wrong leaves `ids` incomplete, so references into it are not
 * reported (the manifest finding already says what is wrong).
 */
export async function scanOneRosterFile<T>(run: OneRosterRun, name: string, ids: IdTable<T> | undefined, visit: RowVisitor): Promise<TableScan | undefined> {
  const spec = ONEROSTER_SPECS[run.version][name];
  if (!spec || !run.manifest.judged.has(name)) {
    if (ids) ids.complete = !run.manifest.unknown.has(name);
    return undefined;
  }
  const scan = await scanTable({ path: join(run.dir, spec.file), file: spec.file, spec }, run.sink, visit);
  if (ids) requireIdColumn(ids, scan.present, scan.columns.has('sourcedId'));
  return scan;
}
