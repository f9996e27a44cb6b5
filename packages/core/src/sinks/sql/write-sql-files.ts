import { getTable, type GeneratedData, type TableData } from '../../schema/index.js';
import type { ByteWriter } from '../bytes/byte-writer.js';
import type { FileSet, TableFile } from '../bytes/file-set.js';
import { streamBatches, streamEncoded, type ProgressListener } from '../stream-batches.js';
import { tablesInLoadOrder } from '../table-data-of.js';
import type { Target } from '../target.js';
import { columnContexts } from './column-context.js';
import { DeferredUpdateWriter } from './deferred-update-writer.js';
import { deferredColumnIndexes } from './foreign-key-placement.js';
import { InsertWriter } from './insert-writer.js';
import { lateEdgeNote, lateEdgeSettings } from './late-edge-sql.js';
import { renderCreateTables, renderIdentityResync, renderPostLoad } from './render-create-tables.js';
import { scriptHeader, sqlComment } from './script-header.js';
import type { SqlDialect } from './sql-dialect.js';
import { sqlDialect } from './sql-dialects.js';
import { planSqlFiles, type SqlFile, type SqlFilesMode, type SqlPart } from './sql-file-plan.js';

export interface SqlFilesOptions {
  readonly target: Target;
  readonly mode: SqlFilesMode;
  /** Only the rows, deferred UPDATEs and identity re-syncs, for tables created from the user's own DDL. */
  readonly dataOnly?: boolean;
  readonly onProgress?: ProgressListener;
}

interface Run {
  readonly data: GeneratedData;
  readonly d: SqlDialect;
  readonly tables: ReadonlyMap<string, TableData>;
  readonly o: SqlFilesOptions;
  readonly rows: Map<string, number>;
}

const PURPOSE: Readonly<Record<SqlPart['kind'], string>> = {
  schema: 'schema: types and tables',
  data: 'data',
  updates: 'deferred foreign keys: inserted as NULL, filled now that every parent row exists',
  constraints: 'constraints checked after the data; identity sequences re-synced',
  resync: 'identity sequences re-synced past the loaded ids',
};

const LABEL: Readonly<Record<SqlPart['kind'], string>> = { schema: 'schema', data: 'data', updates: 'deferred foreign keys', constraints: 'constraints', resync: 'identity re-sync' };

const NOTHING_TO_RESYNC = 'nothing to re-sync: no identity sequences here, or the target moves its counters past explicit ids itself';

const DATA_ONLY_NOTE = '\ndata only: create the tables first (e.g. from your own DDL); no CREATE TABLE or constraints here';

const LOAD_WITH: Readonly<Record<Target, string>> = {
  postgres: 'psql -v ON_ERROR_STOP=1 -d <database> -f',
  mysql: 'mariadb <database> <',
  sqlite: 'sqlite3 <database> <',
  mssql: 'sqlcmd -b -d <database> -i',
};

function fileHeader(file: SqlFile, run: Run, count: number): string {
  const what = file.parts.map((p) => (p.kind === 'data' && file.parts.length === 1 ? `data: ${p.tables.join(', ')}` : LABEL[p.kind])).join(', ');
  const order = count > 1 ? ` (file order is load order: run every file by name)` : '';
  const note = (run.o.dataOnly === true ? DATA_ONLY_NOTE : '') + lateEdgeNote(run.data.order, run.d.target, run.o.dataOnly === true);
  return scriptHeader(run.data, run.d.target, `${what}${note}\nload with: ${LOAD_WITH[run.d.target]} ${file.path}${order}`);
}

function lines(w: ByteWriter, statements: readonly string[]): void {
  for (const s of statements) w.writeText(`${s}\n`);
}

/** The table's INSERT statements: copied from a worker pool's chunks when the data has them, else written here. */
async function insertRows(t: TableData, w: ByteWriter, run: Run): Promise<number> {
  const chunks = t.encoded?.({ format: 'sql', target: run.d.target, nullDeferred: true }, { start: 0, end: t.rowCount });
  if (chunks) return streamEncoded(t, chunks, w, run.o.onProgress);
  const ins = new InsertWriter(t.table, run.d, w, deferredColumnIndexes(run.data.order, t.table));
  const rows = await streamBatches(t, (b) => ins.writeRows(b), run.o.onProgress);
  ins.finish();
  return rows;
}

async function writeInserts(t: TableData, w: ByteWriter, run: Run, wrap: boolean): Promise<void> {
  const { d } = run;
  w.writeText(`\n${sqlComment(`${t.table.name}: ${t.rowCount} rows`)}\n`);
  lines(w, d.beforeInserts(t.table));
  if (wrap) lines(w, [d.begin]);
  run.rows.set(t.table.name, await insertRows(t, w, run));
  if (wrap) lines(w, [d.commit]);
  lines(w, d.afterInserts(t.table));
}

async function writeUpdates(t: TableData, w: ByteWriter, run: Run, wrap: boolean): Promise<void> {
  const deferred = deferredColumnIndexes(run.data.order, t.table);
  if (deferred.length === 0) return;
  const up = new DeferredUpdateWriter(columnContexts(run.data.schema, t.table, run.d.alignForeignKeyTypes), deferred, run.d, w);
  w.writeText(`\n${sqlComment(t.table.name)}\n`);
  if (wrap) lines(w, [run.d.begin]);
  await streamBatches(t, (b) => up.writeRows(b));
  up.finish();
  if (wrap) lines(w, [run.d.commit]);
}

async function writePart(part: SqlPart, w: ByteWriter, run: Run, wrapEach: boolean): Promise<void> {
  const { data, d } = run;
  const target = d.target;
  w.writeText(`\n-- ==== ${PURPOSE[part.kind]} ====\n`);
  if (part.kind === 'schema') w.writeText(`\n${renderCreateTables(data.schema, data.order, target, { purpose: 'sql-script' })}`);
  if (part.kind === 'constraints') w.writeText(`\n${renderPostLoad(data.schema, data.order, target, { purpose: 'sql-script' })}`);
  if (part.kind === 'resync') w.writeText(`\n${renderIdentityResync(data.schema, data.order, target) || `${sqlComment(NOTHING_TO_RESYNC)}\n`}`);
  if (part.kind === 'data') {
    if (d.deferConstraints !== undefined && data.order.deferrableEdges.length > 0) w.writeText(`${d.deferConstraints}\n`);
    const late = lateEdgeSettings(data.order, target, run.o.dataOnly === true);
    lines(w, late.open);
    for (const name of part.tables) await writeInserts(run.tables.get(name) as TableData, w, run, wrapEach);
    lines(w, late.close);
  }
  if (part.kind === 'updates') for (const name of data.order.tables) await writeUpdates(run.tables.get(name) as TableData, w, run, wrapEach);
}

async function writeFile(file: SqlFile, files: FileSet, run: Run, count: number): Promise<void> {
  const f = files.create(file.path);
  const w = f.writer;
  w.writeText(fileHeader(file, run, count));
  lines(w, run.d.preamble);
  const wrapFile = run.d.transactionalDdl;
  if (wrapFile) lines(w, [run.d.begin]);
  for (const part of file.parts) await writePart(part, w, run, !wrapFile);
  if (wrapFile) lines(w, [`\n${run.d.commit}`]);
  f.close();
}

function tableFile(plan: readonly SqlFile[], table: string): string {
  const file = plan.find((f) => f.parts.some((p) => p.kind === 'data' && p.tables.includes(table)));
  return (file as SqlFile).path;
}

/**
 * Writes the SQL output of a run as scripts that load as they are (`psql -v
 * ON_ERROR_STOP=1 -f`, `mariadb < file`, `sqlite3 db < file`): session settings, DDL,
 * multi-row INSERTs in load order, UPDATEs filling deferred FKs, then late constraints.
 * PostgreSQL, SQLite and SQL Server run each file in one transaction; MySQL commits
 * per table. With `dataOnly`, no DDL: the rows, deferred UPDATEs and identity re-syncs only.
 * Returns each table's row count and file.
 *
 * @example
 * ```ts
 * await writeSqlFiles(data, dirFiles, { target: 'postgres', mode: 'single' }) // data.sql
 * ```
 */
export async function writeSqlFiles(data: GeneratedData, files: FileSet, o: SqlFilesOptions): Promise<TableFile[]> {
  const run: Run = { data, d: sqlDialect(o.target), tables: new Map(tablesInLoadOrder(data).map((t) => [t.table.name, t])), o, rows: new Map() };
  const plan = planSqlFiles(data.order, o.target, o.mode, o.dataOnly);
  for (const file of plan) await writeFile(file, files, run, plan.length);
  return data.order.tables.map((name) => ({ name: getTable(data.schema, name).name, rows: run.rows.get(name) ?? 0, file: tableFile(plan, name) }));
}
