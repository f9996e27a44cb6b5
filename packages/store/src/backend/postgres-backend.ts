import { isRowforgeError, pgClientSession, RowforgeError } from '@rowforge/core';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import type { StoreDatabase } from '../store-database.js';
import type { StoreBackend } from './store-backend.js';

/** A pool of one already-checked-out client, so a Kysely transaction runs on it. */
function pinned(client: pg.PoolClient): PostgresPool {
  const query = (text: string, params: readonly unknown[]): Promise<pg.QueryResult> => client.query(text, [...params]);
  const bound = { query, release: () => undefined } as unknown as PostgresPoolClient;
  return { connect: () => Promise.resolve(bound), end: () => Promise.resolve() };
}

/**
 * An error the server answered (pg's DatabaseError: the transaction was rolled back, the
 * connection is fine) or one of ours; anything else (a dropped socket, a timeout, a bug
 * mid-protocol) may leave the client unusable, so it is destroyed rather than pooled.
 */
function harmless(e: unknown): boolean {
  return e instanceof pg.DatabaseError || isRowforgeError(e);
}

async function onClient<T>(pool: pg.Pool, fn: (trx: Kysely<StoreDatabase>, client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool: pinned(client) }) });
  let broken: Error | undefined;
  try {
    return await db.transaction().execute((trx) => fn(trx, client));
  } catch (e) {
    broken = harmless(e) ? undefined : (e instanceof Error ? e : new Error(String(e)));
    throw e;
  } finally {
    await db.destroy();
    client.release(broken);
  }
}

function safeUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Connections when the caller does not say: enough for the server's defaults (2 jobs, 2 exports) and then some. */
export const DEFAULT_POOL_SIZE = 20;

/**
 * Opens a pool of at most `poolSize` connections on `url` and checks that the server answers;
 * STORE_UNAVAILABLE when it does not.
 */
export async function postgresBackend(url: string, poolSize = DEFAULT_POOL_SIZE): Promise<StoreBackend> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new RowforgeError('STORE_UNAVAILABLE', `cannot reach the store database ${safeUrl(url)}: ${(e as Error).message}`, { hint: 'check DATABASE_URL and that the server runs; unset it to use the embedded store' }, { cause: e });
  }
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    transaction: (fn) => onClient(pool, (trx, client) => fn(trx, pgClientSession(client))),
    close: () => db.destroy(),
  };
}
