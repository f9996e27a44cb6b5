import { createHash } from 'node:crypto';
import type { GeneratedData } from '../../schema/index.js';
import { sqlSyntax } from '../../sinks/index.js';
import { bareSchema } from './bare-schema.js';
import { createTableStatements } from './ddl-statements.js';
import type { PgSession } from './pg-session.js';
import { runEach } from './run-each.js';

const q = (name: string): string => sqlSyntax('postgres').quoteIdent(name);

/** PostgreSQL truncates longer identifiers (NAMEDATALEN − 1 bytes). */
const MAX_NAME_BYTES = 63;

/**
 * The staging schema of a parallel load into `target`: `rowforge_stage_<target>`, or a hash of
 * the target when that would not fit an identifier. The same target always gets the same name,
 * so a rerun finds and drops what a killed load left.
 *
 * @example
 * ```ts
 * stageSchemaName('public') // 'rowforge_stage_public'
 * ```
 */
export function stageSchemaName(target: string): string {
  const name = `rowforge_stage_${target}`;
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  return `rowforge_stage_${createHash('sha256').update(target).digest('hex').slice(0, 32)}`;
}

/**
 * Opens a transaction and creates `stage` afresh in it (dropping any earlier one with everything
 * in it) with the run's tables bare — no keys, CHECKs or foreign keys — and the search path set
 * to it. The caller commits (after COPYing into the tables, if it loads on this session) and
 * holds {@link lockStage}.
 */
export async function beginStage(control: PgSession, data: GeneratedData, stage: string): Promise<void> {
  await control.query('BEGIN');
  await control.query(`DROP SCHEMA IF EXISTS ${q(stage)} CASCADE`);
  await control.query(`CREATE SCHEMA ${q(stage)}`);
  await control.query(`SET LOCAL search_path TO ${q(stage)}`);
  await runEach(control, createTableStatements(bareSchema(data.schema), data.order));
}

/** {@link beginStage}, committed. */
export async function createStage(control: PgSession, data: GeneratedData, stage: string): Promise<void> {
  await beginStage(control, data, stage);
  await control.query('COMMIT');
}

/**
 * Takes a session-level advisory lock on `stage` (released when the session ends), so two loads
 * into the same target run one after the other instead of dropping each other's stage.
 */
export async function lockStage(control: PgSession, stage: string): Promise<void> {
  await control.query("SELECT pg_advisory_lock(hashtext('rowforge stage ' || $1))", [stage]);
}

/** Drops `stage` and everything in it, if it exists. */
export async function dropStage(control: PgSession, stage: string): Promise<void> {
  await control.query(`DROP SCHEMA IF EXISTS ${q(stage)} CASCADE`);
}
