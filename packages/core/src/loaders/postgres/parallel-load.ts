import { RowforgeError } from '../../errors/index.js';
import type { GeneratedData } from '../../schema/index.js';
import { existingTables, refuseExisting } from './existing-tables.js';
import type { LoadSummary, SessionLoadOptions } from './load-into-session.js';
import { LoadSessions } from './load-sessions.js';
import { connectClient, loadError } from './pg-connect.js';
import { pgClientSession } from './pg-client-session.js';
import type { PgSession } from './pg-session.js';
import { createStage, dropStage, lockStage, stageSchemaName } from './stage-schema.js';
import { swapStage, type SwapTarget } from './swap-stage.js';

export interface ParallelLoadOptions extends SessionLoadOptions {
  readonly url: string;
  /** How many sessions COPY at once (2 or more). */
  readonly sessions: number;
}

async function targetOf(control: PgSession, schema: string | undefined): Promise<SwapTarget> {
  if (schema !== undefined) return { schema, explicit: true };
  const current = (await control.query('SELECT current_schema() AS s')).rows[0]?.['s'];
  if (typeof current === 'string') return { schema: current, explicit: false };
  throw new RowforgeError('OUTPUT_UNWRITABLE', 'the connection has no current schema to load into', { hint: 'name a schema, or set search_path for the user' });
}

async function loadStage(data: GeneratedData, o: ParallelLoadOptions, stage: string): Promise<LoadSummary['tables']> {
  const sessions = await LoadSessions.open(o.url, o.sessions, stage);
  try {
    return await sessions.copyAll(data, o.onProgress);
  } finally {
    await sessions.close();
  }
}

async function stageAndSwap(control: PgSession, data: GeneratedData, o: ParallelLoadOptions): Promise<LoadSummary> {
  const target = await targetOf(control, o.schema);
  refuseExisting(await existingTables(control, data.schema.tables.map((t) => t.name), target.schema), o.replace);
  const stage = stageSchemaName(target.schema);
  await lockStage(control, stage);
  try {
    await createStage(control, data, stage);
    const tables = await loadStage(data, o, stage);
    await swapStage(control, data, stage, target, o.replace);
    return { tables };
  } catch (e) {
    await control.query('ROLLBACK').catch(() => undefined);
    await dropStage(control, stage).catch(() => undefined);
    throw e;
  }
}

/**
 * Loads a run through several sessions with stage-and-swap: a control session creates the bare
 * tables in a staging schema (`rowforge_stage_<target>`, dropped first if a killed load left it)
 * and commits; `sessions` sessions COPY the tables' chunks into it side by side; then one
 * transaction moves the tables into the target, adds keys, CHECKs and foreign keys (validating
 * every row) and drops the stage. Until that commit the target is untouched; on any error the
 * stage is dropped, so a failed or killed load never leaves partial rows in the target.
 */
export async function loadInParallel(data: GeneratedData, o: ParallelLoadOptions): Promise<LoadSummary> {
  const client = await connectClient(o.url);
  try {
    return await stageAndSwap(pgClientSession(client), data, o);
  } catch (e) {
    throw loadError(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}
