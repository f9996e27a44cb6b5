/**
 * The loaders' sessions send one statement per query through the extended protocol, so SQL
 * smuggled into a CHECK (`true); CREATE TABLE pwned …; --`) is refused instead of run.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { generate, loadIntoSession, pgClientSession, planFor, SchemaSchema, type PgSession } from '@rowforge/core';
import { pgliteSession } from '../../packages/store/src/pglite/pglite-session.js';
import { PG_SERVER, withPgDatabase } from '../support/pg.js';

const SMUGGLED = 'true); CREATE TABLE pwned (x int); --';

const schema = SchemaSchema.parse({
  format: 'rowforge.schema', version: 1, sourceDialect: 'postgres',
  tables: [{
    name: 't', columns: [{ name: 'id', type: { kind: 'int', bits: 32 }, nullable: false }], primaryKey: { columns: ['id'] },
    uniques: [], foreignKeys: [], checks: [{ name: 'ok', expr: { kind: 'raw', sql: SMUGGLED }, sql: SMUGGLED }],
  }],
});

async function attempt(session: PgSession): Promise<{ stacked: unknown; load: unknown; pwned: number }> {
  const stacked = await session.query('SELECT 1; SELECT 2').then(() => 'ran', (e: unknown) => e);
  const load = await loadIntoSession(session, generate(schema, planFor(schema, { rows: 3 }))).then(() => 'ran', (e: unknown) => e);
  const r = await session.query("SELECT count(*)::int AS n FROM pg_class WHERE relname = 'pwned'");
  return { stacked, load, pwned: Number(r.rows[0]?.['n']) };
}

function expectRefused(r: { stacked: unknown; load: unknown; pwned: number }): void {
  expect(r.stacked).toBeInstanceOf(Error);
  expect(String(r.stacked)).toMatch(/multiple commands/i);
  expect(r.load).toBeInstanceOf(Error);
  expect(r.pwned).toBe(0);
}

describe('stacked statements are refused by the loaders\' sessions', () => {
  it('pg client session (PostgreSQL)', async () => {
    await withPgDatabase(async (db) => {
      const client = new pg.Client({ host: PG_SERVER.host, port: PG_SERVER.port, user: PG_SERVER.user, database: db.name });
      await client.connect();
      try {
        expectRefused(await attempt(pgClientSession(client)));
      } finally {
        await client.end();
      }
    });
  });

  it('PGlite session (store)', async () => {
    const pglite = await PGlite.create();
    try {
      expectRefused(await attempt(pgliteSession(pglite)));
    } finally {
      await pglite.close();
    }
  }, 120_000);
});
