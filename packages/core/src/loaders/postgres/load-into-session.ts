import { RowforgeError } from '../../errors/index.js';
import type { GeneratedData } from '../../schema/index.js';
import { sqlSyntax } from '../../sinks/index.js';
import { bareSchema } from './bare-schema.js';
import { constraintStatements } from './constraint-statements.js';
import { copyTable } from './copy-table.js';
import { createTableStatements, postLoadStatements } from './ddl-statements.js';
import type { PgSession } from './pg-session.js';

export interface SessionLoadOptions {
  /** PostgreSQL schema to create (if missing) and load into; default: the session's current schema. */
  readonly schema?: string;
  /** Create the tables with every constraint and load into them (slower); default: add them after. */
  readonly keepConstraints?: boolean;
  /** Drop tables of the same names first; without it, existing tables are an error. */
  readonly replace?: boolean;
  readonly onProgress?: (e: { table: string; rowsDone: number; rowCount: number }) => void;
}

export interface LoadSummary {
  readonly tables: readonly { readonly name: string; readonly rows: number }[];
}

const q = (name: string): string => sqlSyntax('postgres').quoteIdent(name);

async function useSchema(session: PgSession, schema: string | undefined): Promise<void> {
  if (schema === undefined) return;
  await session.query(`CREATE SCHEMA IF NOT EXISTS ${q(schema)}`);
  await session.query(`SET LOCAL search_path TO ${q(schema)}`);
}

async function existingTables(session: PgSession, names: readonly string[]): Promise<string[]> {
  const r = await session.query(
    "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','p') AND n.nspname = current_schema() AND c.relname = ANY($1)",
    [names],
  );
  return r.rows.map((x) => String(x['relname']));
}

async function prepare(session: PgSession, data: GeneratedData, o: SessionLoadOptions): Promise<void> {
  const existing = await existingTables(session, data.schema.tables.map((t) => t.name));
  if (existing.length > 0 && !o.replace) {
    throw new RowforgeError('OUTPUT_EXISTS', `the database already has table(s) ${existing.map((n) => `"${n}"`).join(', ')}`, { hint: 'pass --replace to drop and reload them, or load into another database' });
  }
  for (const n of existing) await session.query(`DROP TABLE IF EXISTS ${q(n)} CASCADE`);
  const schema = o.keepConstraints ? data.schema : bareSchema(data.schema);
  await runEach(session, createTableStatements(schema, data.order));
}

/** One statement per query: sessions send them through the extended protocol (no stacking). */
async function runEach(session: PgSession, statements: readonly string[]): Promise<void> {
  for (const sql of statements) await session.query(sql);
}

async function finish(session: PgSession, data: GeneratedData, o: SessionLoadOptions): Promise<void> {
  if (!o.keepConstraints) await runEach(session, constraintStatements(data.schema));
  await runEach(session, postLoadStatements(o.keepConstraints ? data.schema : bareSchema(data.schema), data.order));
}

/**
 * Loads a run into the session's database inside the caller's transaction: create the tables
 * bare, COPY every table in load order, then add keys, CHECKs and foreign keys (each validating
 * the loaded rows). With `schema`, everything goes into that PostgreSQL schema (`SET LOCAL
 * search_path`, so it ends with the transaction). Roll back on error to leave nothing behind.
 *
 * @example
 * ```ts
 * await session.query('BEGIN')
 * await loadIntoSession(session, generate(schema, plan), { schema: 'ds_1' })
 * await session.query('COMMIT')
 * ```
 */
export async function loadIntoSession(session: PgSession, data: GeneratedData, o: SessionLoadOptions = {}): Promise<LoadSummary> {
  await useSchema(session, o.schema);
  await prepare(session, data, o);
  const tables = [];
  for (const t of data.tables) {
    const rows = await copyTable(session, t, (done) => o.onProgress?.({ table: t.table.name, rowsDone: done, rowCount: t.rowCount }));
    tables.push({ name: t.table.name, rows });
  }
  await finish(session, data, o);
  return { tables };
}
