import { RowforgeError } from '../../errors/index.js';
import type { GeneratedData } from '../../schema/index.js';
import { defaultPostgresSessions } from './default-sessions.js';
import { loadIntoSession, type LoadSummary, type SessionLoadOptions } from './load-into-session.js';
import { loadInParallel } from './parallel-load.js';
import { connectClient, loadError } from './pg-connect.js';
import { pgClientSession } from './pg-client-session.js';

export interface PostgresLoadOptions extends SessionLoadOptions {
  /** `postgres://user@host:port/db` (libpq-style URL). */
  readonly url: string;
  /**
   * PostgreSQL sessions that COPY at once; default {@link defaultPostgresSessions} (1 on up to
   * 2 cores, else half the cores, at most 4). `1` (or `keepConstraints`) loads in one
   * transaction on one session instead.
   */
  readonly sessions?: number;
}

function sessionCount(o: PostgresLoadOptions): number {
  const n = o.sessions ?? defaultPostgresSessions();
  if (Number.isInteger(n) && n >= 1) return n;
  throw new RowforgeError('USAGE', `sessions must be a whole number from 1, got ${String(n)}`, {});
}

/** Today's path: one client, one transaction ({@link loadIntoSession}). */
async function loadInOneTransaction(data: GeneratedData, o: PostgresLoadOptions): Promise<LoadSummary> {
  const client = await connectClient(o.url);
  try {
    await client.query('BEGIN');
    const summary = await loadIntoSession(pgClientSession(client), data, o);
    await client.query('COMMIT');
    return summary;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw loadError(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Loads a run into PostgreSQL with COPY: tables created bare, every table copied in load order,
 * then keys, CHECKs and foreign keys added, each validating the loaded rows (about 4× faster
 * than loading with them on). With `sessions` > 1 (the default from 4 cores) the
 * rows go through that many sessions at once into a staging schema, and one transaction moves
 * the tables into place and adds the constraints ({@link loadInParallel}); with `sessions: 1` or
 * `keepConstraints` everything runs in one transaction on one session ({@link loadIntoSession}).
 * Either way a load that dies part-way leaves no rows in the target, so a rerun ends with
 * exactly the planned rows.
 *
 * @example
 * ```ts
 * await loadPostgres(generate(schema, plan), { url: 'postgres://postgres@127.0.0.1/test', sessions: 2 })
 * ```
 */
export async function loadPostgres(data: GeneratedData, o: PostgresLoadOptions): Promise<LoadSummary> {
  const sessions = sessionCount(o);
  if (sessions === 1 || o.keepConstraints) return loadInOneTransaction(data, o);
  return loadInParallel(data, { ...o, sessions });
}
