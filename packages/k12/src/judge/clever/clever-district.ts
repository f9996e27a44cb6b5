import { join } from 'node:path';
import type { FindingSink } from '../finding-sink.js';
import { AgeGradeCheck } from '../rules/age-grade-check.js';
import type { GradeSpan } from '../rules/grade-span-rule.js';
import { EmailRegistry, type EmailOwner } from '../rules/email-registry.js';
import { IdTable } from '../rules/id-table.js';
import { requireIdColumn } from '../rules/reference-rules.js';
import { scanTable, type RowVisitor, type TableScan } from '../table/scan-table.js';
import type { TableSpec } from '../table/table-spec.js';

/** A school's grade span as ranks on the grade ladder (undefined when blank or unbanded). */
export type SchoolSpan = GradeSpan;

/** What the judge remembers about one Clever district folder while it reads the files in order. */
export interface CleverDistrict {
  readonly dir: string;
  /** The folder relative to the judged directory, e.g. `WestCharter_Data`. */
  readonly folder: string;
  readonly sink: FindingSink;
  readonly schools: IdTable<SchoolSpan>;
  readonly teachers: IdTable<true>;
  readonly staff: IdTable<true>;
  /** Student_id → School_id. */
  readonly students: IdTable<string>;
  /** Section_id → School_id. */
  readonly sections: IdTable<string>;
  readonly emails: EmailRegistry;
  readonly ages: AgeGradeCheck;
}

/** A teacher and a staff record may share an email: that is one dual-role person. */
const cleverDualRole = (a: EmailOwner, b: EmailOwner): boolean =>
  (a.kind === 'teacher' && b.kind === 'staff') || (a.kind === 'staff' && b.kind === 'teacher');

export function createCleverDistrict(dir: string, folder: string, sink: FindingSink): CleverDistrict {
  return {
    dir, folder, sink,
    schools: new IdTable(), teachers: new IdTable(), staff: new IdTable(), students: new IdTable(), sections: new IdTable(),
    emails: new EmailRegistry(cleverDualRole), ages: new AgeGradeCheck(),
  };
}

/** Scans one district file; a missing file is a `missing-file` finding and leaves `ids` incomplete. */
export async function scanCleverFile<T>(d: CleverDistrict, spec: TableSpec, ids: KeyedBy<T> | undefined, visit: RowVisitor): Promise<TableScan> {
  const file = `${d.folder}/${spec.file}`;
  const scan = await scanTable({ path: join(d.dir, spec.file), file, spec }, d.sink, visit);
  if (!scan.present) d.sink.add(file, 0, 'missing-file', `${spec.file} is missing from ${d.folder}`);
  if (ids) requireIdColumn(ids.table, scan.present, scan.columns.has(ids.column));
  return scan;
}

/** The table a file's rows fill, and the column holding their ID. */
export interface KeyedBy<T> {
  readonly table: IdTable<T>;
  readonly column: string;
}
