import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Database } from 'sql.js';
import { RowforgeError } from '../../errors/index.js';
import type { GeneratedData, TableData } from '../../schema/index.js';
import { renderCreateTables, renderPostLoad } from '../../sinks/index.js';
import { insertChunks } from '../insert-statements.js';
import type { LoadSummary } from '../postgres/load-into-session.js';

export interface SqliteLoadOptions {
  /** The database file to write (`sqlite:FILE` on the command line). */
  readonly file: string;
  readonly replace?: boolean;
  readonly onProgress?: (e: { table: string; rowsDone: number; rowCount: number }) => void;
}

async function insertTable(db: Database, t: TableData, onRows: (done: number) => void): Promise<number> {
  let done = 0;
  for await (const chunk of insertChunks(t, 'sqlite')) {
    db.exec(chunk.sql);
    onRows((done += chunk.rows));
  }
  return done;
}

function checkIntegrity(db: Database): void {
  const fk = db.exec('PRAGMA foreign_key_check');
  if (fk.length > 0 && (fk[0]?.values.length ?? 0) > 0) throw new RowforgeError('INTERNAL', `SQLite reports ${fk[0]?.values.length ?? 0} foreign-key violation(s) after the load`, {});
}

/**
 * Loads a run into a SQLite database file through sql.js (SQLite compiled to WebAssembly): the
 * schema with every constraint and foreign keys on, all tables in one transaction in load order
 * (foreign keys closing a NOT NULL cycle checked at COMMIT: `PRAGMA defer_foreign_keys`),
 * `PRAGMA foreign_key_check` at the end, then the file is written under a temporary name and
 * renamed, so an interrupted load leaves no partial file. The database is built in memory.
 */
export async function loadSqlite(data: GeneratedData, o: SqliteLoadOptions): Promise<LoadSummary> {
  if (existsSync(o.file) && !o.replace) {
    throw new RowforgeError('OUTPUT_EXISTS', `"${o.file}" already exists`, { path: o.file, hint: 'pass --replace to overwrite it' });
  }
  const { default: initSqlJs } = await import('sql.js');
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  try {
    db.exec(`PRAGMA foreign_keys = ON; BEGIN;${data.order.lateEdges.length > 0 ? ' PRAGMA defer_foreign_keys = ON;' : ''}`);
    db.exec(renderCreateTables(data.schema, data.order, 'sqlite', { purpose: 'bulk-load' }));
    const tables = [];
    for (const t of data.tables) {
      tables.push({ name: t.table.name, rows: await insertTable(db, t, (done) => o.onProgress?.({ table: t.table.name, rowsDone: done, rowCount: t.rowCount })) });
    }
    const post = renderPostLoad(data.schema, data.order, 'sqlite', { purpose: 'bulk-load' });
    if (post.trim() !== '') db.exec(post);
    db.exec('COMMIT;');
    checkIntegrity(db);
    writeAtomically(o.file, db.export());
    return { tables };
  } catch (e) {
    throw e instanceof RowforgeError ? e : new RowforgeError('OUTPUT_UNWRITABLE', `loading into SQLite failed: ${(e as Error).message}`, { path: o.file });
  } finally {
    db.close();
  }
}

function writeAtomically(file: string, bytes: Uint8Array): void {
  const tmp = `${file}.rowforge-tmp-${process.pid}`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new RowforgeError('OUTPUT_UNWRITABLE', `cannot write "${file}": ${(e as Error).message}`, { path: file });
  }
}
