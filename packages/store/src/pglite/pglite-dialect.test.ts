import type { PGliteInterface } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPglite } from '../testing/open-test-store.js';
import { PGliteDialect } from './pglite-dialect.js';
import { pgliteSession } from './pglite-session.js';

interface Db { counter: { id: number; n: number }; items: { id: number; label: string; meta: unknown } }

let pglite: PGliteInterface;
let db: Kysely<Db>;
const pause = (ms: number): Promise<void> => new Promise((r) => { setTimeout(r, ms); });

beforeAll(async () => {
  pglite = await testPglite();
  db = new Kysely<Db>({ dialect: new PGliteDialect(pglite) });
  await pglite.exec('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counter VALUES (1, 0); CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL, meta jsonb)');
});

afterAll(async () => {
  await db.destroy();
  await pglite.close();
});

describe('PGliteDialect', () => {
  it('serialises concurrent transactions on the one connection (no lost updates)', async () => {
    const bump = (): Promise<void> => db.transaction().execute(async (trx) => {
      const { n } = await trx.selectFrom('counter').select('n').where('id', '=', 1).executeTakeFirstOrThrow();
      await pause(5);
      await trx.updateTable('counter').set({ n: n + 1 }).where('id', '=', 1).execute();
    });
    await Promise.all(Array.from({ length: 8 }, bump));
    expect((await db.selectFrom('counter').select('n').executeTakeFirstOrThrow()).n).toBe(8);
  });

  it('rolls a failed transaction back and releases the connection', async () => {
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ id: 1, label: 'gone', meta: null }).execute();
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await db.selectFrom('items').selectAll().execute()).toEqual([]);
  });

  it('compiles PostgreSQL: parameters, RETURNING, jsonb and affected-row counts', async () => {
    const row = await db.insertInto('items').values({ id: 2, label: "it's", meta: JSON.stringify({ a: [1, 2] }) }).returning(['label', 'meta']).executeTakeFirstOrThrow();
    expect(row).toEqual({ label: "it's", meta: { a: [1, 2] } });
    const r = await db.updateTable('items').set({ label: 'x' }).where('id', '>', 0).executeTakeFirst();
    expect(r.numUpdatedRows).toBe(1n);
    expect((await sql<{ v: string }>`SELECT version() AS v`.execute(db)).rows[0]?.v).toMatch(/PostgreSQL 1[5-9]/);
  });
});

describe('pgliteSession', () => {
  it('COPYs CSV chunks from /dev/blob, one COPY per group of chunks, every row arriving', async () => {
    const session = pgliteSession(pglite, { blobBytes: 64 });
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 10; i < 110; i += 10) yield Buffer.from(Array.from({ length: 10 }, (_, k) => `${i + k},"a, ""b""",\n`).join(''));
    }
    await db.transaction().execute(() => session.copyCsvFrom('items (id, label, meta)', chunks()));
    const r = await session.query('SELECT count(*)::int AS n, min(label) AS l, count(meta)::int AS m FROM items WHERE id >= 10');
    expect(r.rows).toEqual([{ n: 100, l: 'a, "b"', m: 0 }]);
  });

  it('refuses a parameterless script of stacked statements (one statement per query) and runs each alone', async () => {
    const session = pgliteSession(pglite);
    await expect(session.query('CREATE TEMP TABLE t (x int); INSERT INTO t VALUES (1), (2)')).rejects.toThrow(/multiple commands/i);
    await session.query('CREATE TEMP TABLE t (x int)');
    await session.query('INSERT INTO t VALUES (1), (2)');
    expect((await session.query('SELECT sum(x)::int AS s FROM t')).rows).toEqual([{ s: 3 }]);
  });
});
