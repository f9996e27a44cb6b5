import type { Writable } from 'node:stream';
import type { ClientBase, QueryConfig } from 'pg';
import type { PgSession } from './pg-session.js';

function write(stream: Writable, chunk: Uint8Array): Promise<void> {
  return stream.write(chunk) ? Promise.resolve() : new Promise((resolve) => { stream.once('drain', resolve); });
}

function finished(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('finish', resolve);
    stream.once('error', reject);
    stream.end();
  });
}

/** Sends CopyFail (pg-copy-streams does on destroy) and waits for the server to end the COPY. */
function abort(stream: Writable, e: unknown): Promise<void> {
  if (stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('close', resolve);
    stream.destroy(e instanceof Error ? e : new Error(String(e)));
  });
}

/**
 * Writes the chunks, then ends the COPY. A stream error means the COPY is already over (the
 * server refused it, or the connection dropped): that error is the one thrown, and there is
 * nothing to abort (pg-copy-streams has let go of the connection, so a later write may throw a
 * TypeError of its own). Any other failure (the chunks threw) aborts the COPY and is rethrown.
 */
async function pipeChunks(stream: Writable, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  let over: { readonly error: unknown } | undefined;
  const failed = new Promise<never>((_, reject) => { stream.once('error', (e) => { over = { error: e }; reject(e); }); });
  failed.catch(() => undefined);
  try {
    for await (const chunk of chunks) await Promise.race([write(stream, chunk), failed]);
    await Promise.race([finished(stream), failed]);
  } catch (e) {
    if (over) throw over.error;
    await abort(stream, e);
    throw e;
  }
}

/**
 * A query sent through the extended protocol (Parse/Bind/Execute) even without parameters:
 * it carries exactly one statement, so text that smuggles `; DROP …` is refused, never run.
 * (`queryMode` exists since pg 8.13; @types/pg does not declare it yet.)
 */
function extendedQuery(text: string, params: readonly unknown[] | undefined): QueryConfig {
  const config = { text, values: params ? [...params] : [], queryMode: 'extended' as const };
  return config;
}

/**
 * A {@link PgSession} over a connected `pg` client: one statement per query (extended protocol), COPY through
 * `pg-copy-streams` (`FROM STDIN`), honouring back-pressure so memory stays at one chunk.
 *
 * @example
 * ```ts
 * const client = new pg.Client({ connectionString: url }); await client.connect()
 * await loadIntoSession(pgClientSession(client), data, { schema: 'staging' })
 * ```
 */
export function pgClientSession(client: ClientBase): PgSession {
  return {
    query: async (sql, params) => client.query(extendedQuery(sql, params)),
    copyCsvFrom: async (target, chunks) => {
      const { from: copyFrom } = await import('pg-copy-streams');
      await pipeChunks(client.query(copyFrom(`COPY ${target} FROM STDIN WITH (FORMAT csv)`)), chunks);
    },
  };
}
