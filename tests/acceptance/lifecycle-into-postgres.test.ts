/**
 * Lifecycle timestamps follow the row's status (inferred `presentWhen`): loaded into PostgreSQL
 * with every constraint declared, pending and paid orders have no shipped_at, shipped and
 * delivered ones have one, and CHECKs that tie a timestamp to its status still hold.
 * Needs the CI PostgreSQL: a missing server fails the test.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, corpusPath } from '../corpus/index.js';
import { PG_SERVER, withPgDatabase, type PgDatabase } from '../support/pg.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());

const ECOMMERCE = corpusPath(CORPUS.find((c) => c.file === 'pg-ecommerce.sql')!);
const TIED = `CREATE TYPE order_state AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded');
CREATE TABLE orders (
  id int PRIMARY KEY, status order_state NOT NULL, ordered_at timestamptz NOT NULL,
  paid_at timestamptz, shipped_at timestamptz, delivered_at timestamptz, cancelled_at timestamptz,
  CHECK (status <> 'shipped' OR shipped_at IS NOT NULL),
  CHECK (shipped_at IS NULL OR shipped_at >= ordered_at),
  CHECK (delivered_at IS NULL OR delivered_at >= shipped_at),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
  CHECK (status IN ('pending', 'cancelled') OR paid_at IS NOT NULL)
);
`;

async function load(file: string, rows: number, fn: (db: PgDatabase) => Promise<void>): Promise<void> {
  await withPgDatabase(async (db) => {
    const url = `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
    const r = await runCli(['generate', file, '--rows', String(rows), '--into', url]);
    expect(r.code, r.stderr).toBe(0);
    await fn(db);
  });
}

async function count(db: PgDatabase, where: string): Promise<number> {
  const [row] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM orders WHERE ${where}`);
  return Number(row?.n);
}

describe('--into postgres: lifecycle timestamps follow the status', () => {
  it('pg-ecommerce: no shipped_at before shipping, one on every shipped, delivered and refunded order', async () => {
    await load(ECOMMERCE, 3000, async (db) => {
      expect(await db.rowCount('orders')).toBe(3000);
      const checks = await db.query("SELECT 1 FROM pg_constraint WHERE conrelid = 'orders'::regclass AND contype IN ('c', 'f')");
      expect(checks.length).toBe(4);
      expect(await count(db, "status IN ('pending', 'paid', 'cancelled') AND shipped_at IS NOT NULL")).toBe(0);
      expect(await count(db, "status IN ('shipped', 'delivered', 'refunded') AND shipped_at IS NULL")).toBe(0);
      expect(await count(db, "status IN ('shipped', 'delivered') AND shipped_at IS NOT NULL")).toBeGreaterThan(400);
      expect(await count(db, 'shipped_at < ordered_at')).toBe(0);
    });
  }, 120_000);

  it('CHECKs that tie timestamps to the status hold, and every status still occurs', async () => {
    const file = path.join(temps.make('lifecycle'), 'tied.sql');
    writeFileSync(file, TIED);
    await load(file, 3000, async (db) => {
      expect(await db.rowCount('orders')).toBe(3000);
      const checks = await db.query("SELECT 1 FROM pg_constraint WHERE conrelid = 'orders'::regclass AND contype = 'c'");
      expect(checks.length).toBe(5);
      expect(await count(db, "status IN ('pending', 'paid') AND shipped_at IS NOT NULL")).toBe(0);
      expect(await count(db, "status <> 'delivered' AND delivered_at IS NOT NULL")).toBe(0);
      expect(await count(db, "status = 'pending' AND paid_at IS NOT NULL")).toBe(0);
      expect(await count(db, "status = 'delivered' AND delivered_at IS NULL")).toBe(0);
      const statuses = await db.query<{ status: string }>('SELECT DISTINCT status::text AS status FROM orders ORDER BY 1');
      expect(statuses.map((s) => s.status)).toEqual(['cancelled', 'delivered', 'paid', 'pending', 'refunded', 'shipped']);
    });
  }, 120_000);
});
