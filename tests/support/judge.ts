/**
 * Loads a `rowforge generate` output directory into a real, fresh database with every
 * constraint on, and reports what the database holds afterwards. Databases are dropped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tableFile, tablesInLoadOrder, sqlFiles, type Manifest } from './manifest.js';
import { withMariaDatabase } from './mariadb.js';
import { withPgDatabase } from './pg.js';
import { withSqliteDatabase } from './sqlite.js';

export interface LoadFacts {
  /** Rows per table, keyed by the manifest's table name. */
  readonly rowCounts: Readonly<Record<string, number>>;
  readonly fks: number;
  readonly checks: number;
  /** Integrity problems found after the load (must be empty). */
  readonly problems: readonly string[];
}

function csvSchemaFiles(dir: string): { schema: string; constraints: string | undefined } {
  const schema = path.join(dir, 'schema.sql');
  if (!existsSync(schema)) throw new Error(`${dir} has no schema.sql (required with --format csv)`);
  const c = path.join(dir, 'constraints.sql');
  const constraints = existsSync(c) && readFileSync(c, 'utf8').trim() !== '' ? c : undefined;
  return { schema, constraints };
}

/** schema.sql, then every CSV in load order (one transaction, `\copy`), then constraints.sql. */
export async function loadCsvOutputIntoPostgres(dir: string, m: Manifest): Promise<LoadFacts> {
  const { schema, constraints } = csvSchemaFiles(dir);
  return withPgDatabase(async (db) => {
    await db.runSqlFiles([schema]);
    await db.loadCsv(tablesInLoadOrder(m).map((t) => ({ table: t.name, file: tableFile(dir, t) })));
    if (constraints) await db.runSqlFiles([constraints]);
    return serverFacts(db, m);
  });
}

/** schema.sql, then `LOAD DATA LOCAL INFILE` per CSV in load order (strict, FK checks on), then constraints.sql. */
export async function loadCsvOutputIntoMariaDb(dir: string, m: Manifest): Promise<LoadFacts> {
  const { schema, constraints } = csvSchemaFiles(dir);
  return withMariaDatabase(async (db) => {
    await db.runSqlFiles([schema]);
    await db.loadCsv(tablesInLoadOrder(m).map((t) => ({ table: t.name, file: tableFile(dir, t) })));
    if (constraints) await db.runSqlFiles([constraints]);
    return serverFacts(db, m);
  });
}

/** What a loaded PostgreSQL or MariaDB database holds, for the acceptance assertions. */
interface ServerDatabase {
  rowCount(table: string): Promise<number>;
  foreignKeys(): Promise<readonly unknown[]>;
  checkConstraintCount(): Promise<number>;
  integrityProblems(): Promise<string[]>;
}

async function serverFacts(db: ServerDatabase, m: Manifest): Promise<LoadFacts> {
  const rowCounts: Record<string, number> = {};
  for (const t of m.tables) rowCounts[t.name] = await db.rowCount(t.name);
  return { rowCounts, fks: (await db.foreignKeys()).length, checks: await db.checkConstraintCount(), problems: await db.integrityProblems() };
}

function requireSqlFiles(dir: string, m: Manifest): string[] {
  const files = sqlFiles(dir, m);
  if (files.length === 0) throw new Error(`${dir}: manifest.files lists no .sql file`);
  return files;
}

/** Every `.sql` file (lexical order) with `psql -v ON_ERROR_STOP=1 -f`. */
export async function loadSqlOutputIntoPostgres(dir: string, m: Manifest): Promise<LoadFacts> {
  const files = requireSqlFiles(dir, m);
  return withPgDatabase(async (db) => {
    await db.runSqlFiles(files);
    return serverFacts(db, m);
  });
}

/** Every `.sql` file (lexical order) through the `mariadb` client; any warning fails. */
export async function loadSqlOutputIntoMariaDb(dir: string, m: Manifest): Promise<LoadFacts> {
  const files = requireSqlFiles(dir, m);
  return withMariaDatabase(async (db) => {
    await db.runSqlFiles(files);
    return serverFacts(db, m);
  });
}

/** Every `.sql` file (lexical order) in sql.js with `PRAGMA foreign_keys = ON`. */
export async function loadSqlOutputIntoSqlite(dir: string, m: Manifest): Promise<LoadFacts> {
  const files = requireSqlFiles(dir, m);
  return withSqliteDatabase((db) => {
    for (const f of files) db.exec(readFileSync(f, 'utf8'), f);
    const rowCounts: Record<string, number> = {};
    for (const t of m.tables) rowCounts[t.name] = db.rowCount(t.name);
    return { rowCounts, fks: db.foreignKeyCount(), checks: db.checkKeywordCount(), problems: db.integrityProblems() };
  });
}

/** Manifest row counts keyed by table name. */
export function manifestRowCounts(m: Manifest): Record<string, number> {
  return Object.fromEntries(m.tables.map((t) => [t.name, t.rows]));
}
