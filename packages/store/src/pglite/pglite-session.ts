import type { PGliteInterface } from '@electric-sql/pglite';
import type { PgSession, SessionRow } from '@rowforge/core';

/** PGlite reads COPY data from one in-memory blob; rows are sent in blobs of about this size. */
const BLOB_BYTES = 32 << 20;

export interface PgliteSessionOptions {
  /** Bytes of CSV per COPY (default 32 MiB). */
  readonly blobBytes?: number;
}

async function copyGroups(pglite: PGliteInterface, sql: string, chunks: AsyncIterable<Uint8Array>, blobBytes: number): Promise<void> {
  let group: Uint8Array[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (size > 0) await pglite.query(sql, [], { blob: new Blob(group) });
    group = [];
    size = 0;
  };
  for await (const chunk of chunks) {
    group.push(chunk);
    size += chunk.length;
    if (size >= blobBytes) await flush();
  }
  await flush();
}

/** Always `query()` (extended protocol): one statement per call, so stacked statements are refused. */
async function run(pglite: PGliteInterface, sql: string, params?: readonly unknown[]): Promise<{ rows: SessionRow[] }> {
  return { rows: (await pglite.query<SessionRow>(sql, params ? [...params] : [])).rows };
}

/**
 * Core's {@link PgSession} over PGlite: every statement goes through `query` (one statement per
 * call; a script that stacks statements is refused), and COPY reads the CSV bytes from `/dev/blob`, one
 * COPY per ~32 MB of rows. Only use it while holding the connection (inside a store transaction).
 */
export function pgliteSession(pglite: PGliteInterface, o: PgliteSessionOptions = {}): PgSession {
  return {
    query: (sql, params) => run(pglite, sql, params),
    copyCsvFrom: (target, chunks) => copyGroups(pglite, `COPY ${target} FROM '/dev/blob' WITH (FORMAT csv)`, chunks, o.blobBytes ?? BLOB_BYTES),
  };
}
