import type { GeneratedData } from '../../schema/index.js';
import { sqlSyntax } from '../../sinks/index.js';
import { postgresDropTypes } from '../../sinks/sql/postgres/postgres-types.js';
import { afterLoadStatements } from './after-load-statements.js';
import { bareSchema } from './bare-schema.js';
import { copyTables } from './copy-tables.js';
import { createTableStatements } from './ddl-statements.js';
import { existingTables, refuseExisting } from './existing-tables.js';
import type { PgSession } from './pg-session.js';
import { takenRelationNames } from './taken-relation-names.js';
import { runEach } from './run-each.js';
import { ensureSchema } from './ensure-schema.js';

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
  await ensureSchema(session, schema);
  await session.query(`SET LOCAL search_path TO ${q(schema)}`);
}

async function prepare(session: PgSession, data: GeneratedData, o: SessionLoadOptions): Promise<void> {
  const existing = await existingTables(session, data.schema.tables.map((t) => t.name));
  refuseExisting(existing, o.replace);
  for (const n of existing) await session.query(`DROP TABLE IF EXISTS ${q(n)} CASCADE`);
  if (o.replace) await runEach(session, postgresDropTypes(data.schema));
  const schema = o.keepConstraints ? data.schema : bareSchema(data.schema);
  await runEach(session, createTableStatements(schema, data.order));
}

/**
 * Loads a run into the session's database inside the caller's transaction: create the tables
 * bare, COPY every table in load order, then add keys, CHECKs, secondary indexes and foreign
 * keys (each validating or indexing the loaded rows). With `schema`, everything goes into that
 * PostgreSQL schema (`SET LOCAL search_path`, so it ends with the transaction). Roll back on error to leave nothing behind.
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
  const taken = await takenRelationNames(session, data.schema);
  await prepare(session, data, o);
  const tables = await copyTables(session, data, o.onProgress);
  await runEach(session, afterLoadStatements(data, o.keepConstraints, taken));
  return { tables };
}
