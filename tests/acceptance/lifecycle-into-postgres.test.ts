/**
 * Lifecycle timestamps follow the row's status (inferred `presentWhen`): loaded into PostgreSQL
 * with every constraint declared, pending and paid orders have no shipped_at, shipped and
 * delivered ones have one, and CHECKs that tie a timestamp to its status still hold.
 * Needs the CI PostgreSQL: a missing server fails the test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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

/** pg-ecommerce with an order's whole lifecycle: paid, shipped, delivered, cancelled and refunded timestamps. */
function ecommerceLifecycle(): string {
  const text = readFileSync(ECOMMERCE, 'utf8');
  const anchor = '    shipped_at   timestamptz,\n';
  expect(text.includes(anchor), 'pg-ecommerce orders block as expected').toBe(true);
  return text.replace(anchor, `    paid_at      timestamptz,\n${anchor}    delivered_at timestamptz,\n    cancelled_at timestamptz,\n    refunded_at  timestamptz,
    CONSTRAINT orders_delivered_after_shipped CHECK (delivered_at IS NULL OR delivered_at >= shipped_at),\n`);
}

/** Pairs of one order's timestamps, earlier first, that must come in that order. */
const IN_ORDER = [
  ['ordered_at', 'paid_at'], ['paid_at', 'shipped_at'], ['ordered_at', 'shipped_at'], ['shipped_at', 'delivered_at'],
  ['ordered_at', 'cancelled_at'], ['shipped_at', 'refunded_at'], ['paid_at', 'refunded_at'],
] as const;

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

  it("pg-ecommerce with the whole lifecycle: one order's stages come in order, and each is there when its status says", async () => {
    const file = path.join(temps.make('lifecycle'), 'pg-ecommerce-lifecycle.sql');
    writeFileSync(file, ecommerceLifecycle());
    await load(file, 3000, async (db) => {
      expect(await db.rowCount('orders')).toBe(3000);
      const checks = await db.query("SELECT 1 FROM pg_constraint WHERE conrelid = 'orders'::regclass AND contype = 'c'");
      expect(checks.length).toBe(3);
      for (const [earlier, later] of IN_ORDER) {
        expect(await count(db, `${later} IS NOT NULL AND ${earlier} IS NOT NULL`), `orders with ${earlier} and ${later}`).toBeGreaterThan(200);
        expect(await count(db, `${later} < ${earlier}`), `${later} before ${earlier}`).toBe(0);
      }
      expect(await count(db, "paid_at > ordered_at + interval '2 days'")).toBe(0);
      expect(await count(db, "shipped_at > paid_at + interval '5 days'")).toBe(0);
      expect(await count(db, "status = 'refunded' AND (refunded_at IS NULL OR shipped_at IS NULL)")).toBe(0);
      expect(await count(db, "status = 'cancelled' AND cancelled_at IS NULL")).toBe(0);
      expect(await count(db, "status = 'delivered' AND (delivered_at IS NULL OR paid_at IS NULL)")).toBe(0);
    });
  }, 120_000);

  it('the CHECK-tied orders keep their stages in order', async () => {
    const file = path.join(temps.make('lifecycle'), 'tied.sql');
    writeFileSync(file, TIED);
    await load(file, 3000, async (db) => {
      for (const [earlier, later] of IN_ORDER.filter(([, l]) => l !== 'refunded_at')) {
        expect(await count(db, `${later} < ${earlier}`), `${later} before ${earlier}`).toBe(0);
      }
    });
  }, 120_000);
});
