import { RowforgeError } from '../../errors/index.js';
import type { GeneratedData } from '../../schema/index.js';
import { defaultConstraintSessions, defaultPostgresSessions } from './default-sessions.js';
import type { LoadSummary, SessionLoadOptions } from './load-into-session.js';
import { loadInTransaction } from './one-transaction.js';
import { loadInParallel } from './parallel-load.js';
import { connectClient, loadError } from './pg-connect.js';
import { pgClientSession } from './pg-client-session.js';

export interface PostgresLoadOptions extends SessionLoadOptions {
  /** `postgres://user@host:port/db` (libpq-style URL). */
  readonly url: string;
  /**
   * PostgreSQL sessions that COPY at once; default {@link defaultPostgresSessions} (1 on up to
   * 2 cores, else half the cores, at most 4). With `1` the rows go through the session that
   * creates the staging tables, in that transaction. `keepConstraints` loads in one transaction
   * on one session instead.
   */
  readonly sessions?: number;
  /**
   * Sessions that add the keys, CHECKs and foreign keys side by side after the rows are in
   * (not with `keepConstraints`); default {@link defaultConstraintSessions} (one a core, at most 4).
   */
  readonly constraintSessions?: number;
}

function count(name: string, n: number): number {
  if (Number.isInteger(n) && n >= 1) return n;
  throw new RowforgeError('USAGE', `${name} must be a whole number from 1, got ${String(n)}`, {});
}

/** One client, one transaction ({@link loadInTransaction}). */
async function loadInOneTransaction(data: GeneratedData, o: PostgresLoadOptions): Promise<LoadSummary> {
  const client = await connectClient(o.url);
  try {
    return await loadInTransaction(pgClientSession(client), data, o);
  } catch (e) {
    throw loadError(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Loads a run into PostgreSQL with COPY: tables created bare in a staging schema, every table
 * copied in load order (through `sessions` sessions at once when > 1, the default from 4 cores),
 * then keys, CHECKs, secondary indexes and foreign keys added there over `constraintSessions` sessions side by side,
 * each validating the loaded rows (about 4× faster than loading with them on), and one
 * transaction moves the tables into place ({@link loadInParallel}). With `keepConstraints`
 * everything runs in one transaction on one session ({@link loadIntoSession}).
 * Either way a load that dies part-way leaves no rows in the target, so a rerun ends with
 * exactly the planned rows.
 *
 * @example
 * ```ts
 * await loadPostgres(generate(schema, plan), { url: 'postgres://postgres@127.0.0.1/test', sessions: 2 })
 * ```
 */
export async function loadPostgres(data: GeneratedData, o: PostgresLoadOptions): Promise<LoadSummary> {
  const sessions = count('sessions', o.sessions ?? defaultPostgresSessions());
  const constraintSessions = count('constraintSessions', o.constraintSessions ?? defaultConstraintSessions());
  if (o.keepConstraints) return loadInOneTransaction(data, o);
  return loadInParallel(data, { ...o, sessions, constraintSessions });
}
