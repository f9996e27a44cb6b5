/**
 * The PostgreSQL backend's pool: its size is an option, and a client is put back into the pool
 * only after errors that leave it usable (a pg DatabaseError or a RowforgeError); any other
 * error (a socket error with a `code`, a plain bug) destroys it.
 */
import { RowforgeError } from '@rowforge/core';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { postgresBackend } from '../../packages/store/src/backend/postgres-backend.js';
import type { StoreBackend } from '../../packages/store/src/backend/store-backend.js';
import { PG_SERVER, withPgDatabase } from '../support/pg.js';

async function pidAfter(backend: StoreBackend, error: unknown): Promise<{ before: number; after: number }> {
  let before = 0;
  await backend.transaction(async (trx) => {
    before = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx)).rows[0]?.pid ?? 0;
    throw error;
  }).catch(() => undefined);
  const after = await backend.transaction(async (trx) => (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx)).rows[0]?.pid ?? -1);
  return { before, after };
}

describe('postgresBackend', () => {
  it('keeps a client after a DatabaseError or RowforgeError and destroys it after any other error', async () => {
    await withPgDatabase(async (db) => {
      const backend = await postgresBackend(`postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`, 1);
      try {
        const dbError = await backend.transaction((trx) => sql`SELECT 1/0`.execute(trx)).then(() => 'ran', (e: unknown) => e);
        expect(String(dbError)).toMatch(/division by zero/);
        const ours = await pidAfter(backend, new RowforgeError('REQUEST_INVALID', 'bad'));
        expect(ours.after).toBe(ours.before);
        const socket = await pidAfter(backend, Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
        expect(socket.after).not.toBe(socket.before);
      } finally {
        await backend.close();
      }
    });
  });

  it('answers concurrent transactions up to the pool size (20 by default)', async () => {
    await withPgDatabase(async (db) => {
      const backend = await postgresBackend(`postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`);
      try {
        let release = (): void => undefined;
        const gate = new Promise<void>((r) => { release = r; });
        let inside = 0;
        const held = Array.from({ length: 12 }, () => backend.transaction(async () => { inside++; await gate; }));
        await new Promise<void>((r) => { setTimeout(r, 500); });
        expect(inside).toBe(12);
        release();
        await Promise.all(held);
      } finally {
        await backend.close();
      }
    });
  });
});
