import { RowforgeError } from '../../errors/index.js';
import type { GeneratedData } from '../../schema/index.js';
import { constraintTasks } from './constraint-statements.js';
import { copyTables } from './copy-tables.js';
import { defaultConstraintSessions } from './default-sessions.js';
import { existingTables, refuseExisting } from './existing-tables.js';
import type { LoadSummary, SessionLoadOptions } from './load-into-session.js';
import { LoadSessions } from './load-sessions.js';
import { loadInTransaction, mayCreateSchema } from './one-transaction.js';
import { connectClient, loadError } from './pg-connect.js';
import { pgClientSession } from './pg-client-session.js';
import type { PgSession } from './pg-session.js';
import { beginStage, createStage, dropStage, lockStage, stageSchemaName } from './stage-schema.js';
import { takenRelationNames } from './taken-relation-names.js';
import { swapStage, type SwapTarget } from './swap-stage.js';

export interface ParallelLoadOptions extends SessionLoadOptions {
  readonly url: string;
  /** How many sessions COPY at once; 1 COPYs on the control session, in the transaction that creates the stage. */
  readonly sessions: number;
  /** Sessions adding keys, CHECKs and foreign keys side by side; default {@link defaultConstraintSessions}. */
  readonly constraintSessions?: number;
}

async function targetOf(control: PgSession, schema: string | undefined): Promise<SwapTarget> {
  if (schema !== undefined) return { schema, explicit: true };
  const current = (await control.query('SELECT current_schema() AS s')).rows[0]?.['s'];
  if (typeof current === 'string') return { schema: current, explicit: false };
  throw new RowforgeError('OUTPUT_UNWRITABLE', 'the connection has no current schema to load into', { hint: 'name a schema, or set search_path for the user' });
}

/** Opens `count` sessions on the stage, runs `use` on them and always closes them. */
async function withStageSessions<T>(o: ParallelLoadOptions, count: number, stage: string, use: (s: LoadSessions) => Promise<T>): Promise<T> {
  const sessions = await LoadSessions.open(o.url, count, stage);
  try {
    return await use(sessions);
  } finally {
    await sessions.close();
  }
}

/**
 * Creates the stage and COPYs every table into it: side by side when `sessions` > 1, else on the
 * control session inside the transaction that creates the tables (a load killed then leaves nothing).
 */
async function fillStage(control: PgSession, data: GeneratedData, o: ParallelLoadOptions, stage: string): Promise<LoadSummary['tables']> {
  if (o.sessions > 1) {
    await createStage(control, data, stage);
    return withStageSessions(o, o.sessions, stage, (s) => s.copyAll(data, o.onProgress));
  }
  await beginStage(control, data, stage);
  const tables = await copyTables(control, data, o.onProgress);
  await control.query('COMMIT');
  return tables;
}

async function stageAndSwap(control: PgSession, data: GeneratedData, o: ParallelLoadOptions): Promise<LoadSummary> {
  const target = await targetOf(control, o.schema);
  refuseExisting(await existingTables(control, data.schema.tables.map((t) => t.name), target.schema), o.replace);
  const taken = await takenRelationNames(control, data.schema, target.schema);
  const stage = stageSchemaName(target.schema);
  await lockStage(control, stage);
  try {
    const tables = await fillStage(control, data, o, stage);
    await withStageSessions(o, o.constraintSessions ?? defaultConstraintSessions(), stage, (s) => s.constrain(constraintTasks(data.schema, taken)));
    await swapStage(control, data, stage, target, o.replace);
    return { tables };
  } catch (e) {
    await control.query('ROLLBACK').catch(() => undefined);
    await dropStage(control, stage).catch(() => undefined);
    throw e;
  }
}

/**
 * Loads a run with stage-and-swap: a control session creates the bare tables in a staging
 * schema (`rowforge_stage_<target>`, dropped first if a killed load left it); the rows go in
 * through `sessions` sessions side by side, or with 1 through the control session in the
 * transaction that created the tables; keys, CHECKs and foreign keys are added in the stage over
 * `constraintSessions` sessions at once (each validating every row; see `runConstraints`); then
 * one transaction moves the tables into the target, re-syncs identities and drops the stage.
 * Until that commit the target is untouched; on any error the stage is dropped, so a failed or
 * killed load never leaves partial rows in the target. A user who may not create a schema, with
 * one COPY session, loads in one transaction instead (constraints one at a time).
 */
export async function loadInParallel(data: GeneratedData, o: ParallelLoadOptions): Promise<LoadSummary> {
  const client = await connectClient(o.url);
  try {
    const control = pgClientSession(client);
    if (o.sessions === 1 && !(await mayCreateSchema(control))) return await loadInTransaction(control, data, o);
    return await stageAndSwap(control, data, o);
  } catch (e) {
    throw loadError(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}
