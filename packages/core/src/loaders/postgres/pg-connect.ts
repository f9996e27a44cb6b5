import type pg from 'pg';
import { RowforgeError } from '../../errors/index.js';

function connectError(url: string, e: unknown): RowforgeError {
  const safe = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return new RowforgeError('OUTPUT_UNWRITABLE', `cannot load into ${safe}: ${(e as Error).message}`, { hint: 'check the URL, that the server runs and that the user may create tables' });
}

/**
 * A connected `pg` client for `url`, its session in UTC; a failure to connect is
 * `OUTPUT_UNWRITABLE` naming the URL (password masked). A connection lost later fails the
 * client's next query instead of being an unhandled `error` event. UTC, because values are
 * generated in UTC and the database judges a CHECK on a `timestamptz`'s hour or weekday in the
 * session's time zone (a server in Europe/Berlin refused 08:00–17:45 UTC appointments under
 * `EXTRACT(HOUR FROM starts_at) BETWEEN 9 AND 16`).
 *
 * @example
 * ```ts
 * const client = await connectClient('postgres://postgres@127.0.0.1/test')
 * ```
 */
export async function connectClient(url: string): Promise<pg.Client> {
  // Loaded on first use: `pg` is not needed by runs that write files (~180 ms with the other loaders' drivers).
  const { default: driver } = await import('pg');
  const client = new driver.Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query("SET TIME ZONE 'UTC'");
    return client;
  } catch (e) {
    throw connectError(url, e);
  }
}

/** Wraps what is not a {@link RowforgeError} as `OUTPUT_UNWRITABLE` ("loading into PostgreSQL failed"). */
export function loadError(e: unknown): RowforgeError {
  return e instanceof RowforgeError ? e : new RowforgeError('OUTPUT_UNWRITABLE', `loading into PostgreSQL failed: ${(e as Error).message}`, {});
}
