import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { generateToDirectory } from './generate-to-directory.js';
import { fixtureText } from '../sources/__fixtures__/fixture-text.js';
import { columnValues } from './testing/column-values.js';

/** A drizzle-kit migration: the enum and the foreign key are declared inside DO blocks. */
const DRIZZLE = fixtureText('drizzle-migration.sql');

const SCHEMA = `rf_drizzle_do_${process.pid}`;
const connect = async (): Promise<pg.Client> => {
  const c = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' });
  await c.connect();
  return c;
};

let root: string;
beforeAll(async () => { await loadParsers(); root = mkdtempSync(join(tmpdir(), 'rowforge-drizzle-')); });
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

/** Runs the migration in a throwaway schema (its enum and tables land there), then `sql`; dropped after. */
async function inThrowawaySchema(sql: string, check: (c: pg.Client) => Promise<void>): Promise<void> {
  const client = await connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; CREATE SCHEMA ${SCHEMA}; SET search_path = ${SCHEMA};`);
    await client.query(DRIZZLE.replaceAll('"public".', ''));
    await client.query(sql);
    await check(client);
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.end();
  }
}

describe('drizzle-kit migrations: foreign keys and enums inside DO blocks shape the data', () => {
  it('posts.author_id only holds users.id values, and the data loads into PostgreSQL with the foreign key on', async () => {
    const { schema } = parseSchema(DRIZZLE, { dialect: 'postgres' });
    const dir = join(root, 'data-only');
    const { data, validation } = await generateToDirectory({ schema, plan: planFor(schema, { rows: 200, seed: 3 }), dir, format: 'sql', target: 'postgres', sqlDataOnly: true });
    expect(validation?.violationCount).toBe(0);
    const ids = new Set(columnValues(data, 'users', 'id'));
    const authors = columnValues(data, 'posts', 'author_id');
    expect([ids.size, authors.length]).toEqual([200, 200]);
    expect(authors.filter((a) => !ids.has(a))).toEqual([]);
    expect(new Set(columnValues(data, 'users', 'mood').filter((m) => m !== null))).toEqual(new Set(['sad', 'ok']));
    await inThrowawaySchema(readFileSync(join(dir, 'data.sql'), 'utf8'), async (c) => {
      const r = await c.query<{ n: string; orphans: string }>('SELECT count(*) AS n, count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.author_id)) AS orphans FROM posts p');
      expect(r.rows[0]).toEqual({ n: '200', orphans: '0' });
      const fk = await c.query("SELECT 1 FROM pg_constraint WHERE conname = 'posts_author_id_users_id_fk' AND connamespace = $1::regnamespace", [SCHEMA]);
      expect(fk.rowCount).toBe(1);
    });
  });
});
