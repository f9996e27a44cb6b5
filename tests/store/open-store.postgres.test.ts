/**
 * Opening the store on a PostgreSQL server: an unreachable server and a failing migration give
 * typed errors; migrations are recorded once and re-opening applies nothing twice.
 */
import { isRowforgeError } from '@rowforge/core';
import { openStore } from '@rowforge/store';
import { describe, expect, it } from 'vitest';
import { PG_SERVER, withPgDatabase, type PgDatabase } from '../support/pg.js';

const urlOf = (db: PgDatabase): string => `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(() => new Error('expected openStore to fail'), (e: unknown) => e);
}

describe('openStore on PostgreSQL', () => {
  it('reports a missing database as STORE_UNAVAILABLE, without the password', async () => {
    const e = await rejection(openStore({ databaseUrl: `postgres://postgres:secret@${PG_SERVER.host}:${PG_SERVER.port}/rowforge_no_such_db` }));
    expect(isRowforgeError(e, 'STORE_UNAVAILABLE')).toBe(true);
    expect((e as Error).message).toContain('postgres:***@');
    expect((e as Error).message).not.toContain('secret');
  });

  it('runs migrations once, records them in rowforge.rowforge_migrations, and reopens without re-running', async () => {
    await withPgDatabase(async (db) => {
      const first = await openStore({ databaseUrl: urlOf(db) });
      await first.projects.create({ name: 'kept' });
      await first.close();
      const again = await openStore({ databaseUrl: urlOf(db) });
      expect((await again.health()).migrations).toEqual({ applied: ['0001-initial'], pending: [] });
      expect((await again.projects.list()).map((p) => p.name)).toEqual(['kept']);
      await again.close();
      expect(await db.query('SELECT name FROM rowforge.rowforge_migrations')).toEqual([{ name: '0001-initial' }]);
    });
  });

  it('a migration that fails is STORE_MIGRATION_FAILED and leaves nothing half-applied', async () => {
    await withPgDatabase(async (db) => {
      await db.query('CREATE SCHEMA rowforge; CREATE TABLE rowforge.audit_log (x int)');
      const e = await rejection(openStore({ databaseUrl: urlOf(db) }));
      expect(isRowforgeError(e, 'STORE_MIGRATION_FAILED')).toBe(true);
      expect((e as Error).message).toContain('0001-initial');
      expect(await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'rowforge' AND table_name = 'projects'")).toEqual([]);
      expect(await db.query('SELECT name FROM rowforge.rowforge_migrations')).toEqual([]);
    });
  });
});
