import type { GeneratedData } from '../../schema/index.js';
import { sqlSyntax } from '../../sinks/index.js';
import { postgresDropTypes } from '../../sinks/sql/postgres/postgres-types.js';
import { bareSchema } from './bare-schema.js';
import { postLoadStatements } from './ddl-statements.js';
import { existingTables, refuseExisting } from './existing-tables.js';
import type { PgSession } from './pg-session.js';
import { runEach } from './run-each.js';
import { ensureSchema } from './ensure-schema.js';

const q = (name: string): string => sqlSyntax('postgres').quoteIdent(name);

/**
 * Where the loaded tables go. `explicit`: the caller named the schema, so it is created if missing
 * and made the whole search path (as the single-session load does); otherwise it is the current
 * schema and the search path stays as it is.
 */
export interface SwapTarget {
  readonly schema: string;
  readonly explicit: boolean;
}

/** `ALTER TYPE|DOMAIN … SET SCHEMA` for the enums and domains the stage's tables use. */
async function moveTypes(control: PgSession, stage: string, target: string): Promise<string[]> {
  const r = await control.query(
    "SELECT t.typname, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 AND t.typtype IN ('e', 'd') ORDER BY t.oid",
    [stage],
  );
  return r.rows.map((x) => `ALTER ${x['typtype'] === 'd' ? 'DOMAIN' : 'TYPE'} ${q(stage)}.${q(String(x['typname']))} SET SCHEMA ${q(target)}`);
}

async function useTarget(control: PgSession, target: SwapTarget): Promise<void> {
  if (!target.explicit) return;
  await ensureSchema(control, target.schema);
  await control.query(`SET LOCAL search_path TO ${q(target.schema)}`);
}

async function clearTarget(control: PgSession, data: GeneratedData, target: string, replace: boolean | undefined): Promise<void> {
  const existing = await existingTables(control, data.schema.tables.map((t) => t.name), target);
  refuseExisting(existing, replace);
  for (const n of existing) await control.query(`DROP TABLE IF EXISTS ${q(target)}.${q(n)} CASCADE`);
  if (replace) await runEach(control, postgresDropTypes(data.schema, target));
}

/**
 * Publishes a loaded stage in one transaction: drop the target's tables of the same names and
 * the enums and domains the run creates (`replace`; otherwise existing tables are an error),
 * move the stage's types and tables (with the keys, CHECKs and foreign keys added in the stage)
 * into the target, run the post-load statements (identity re-syncs), drop the now empty stage,
 * commit. The caller rolls back on error.
 */
export async function swapStage(control: PgSession, data: GeneratedData, stage: string, target: SwapTarget, replace: boolean | undefined): Promise<void> {
  const to = q(target.schema);
  await control.query('BEGIN');
  await useTarget(control, target);
  await clearTarget(control, data, target.schema, replace);
  await runEach(control, await moveTypes(control, stage, target.schema));
  await runEach(control, data.tables.map((t) => `ALTER TABLE ${q(stage)}.${q(t.table.name)} SET SCHEMA ${to}`));
  await runEach(control, postLoadStatements(bareSchema(data.schema), data.order));
  await control.query(`DROP SCHEMA ${q(stage)}`);
  await control.query('COMMIT');
}
