/**
 * A nullable column with a non-NULL DEFAULT is rarely NULL: the database fills it when an insert
 * leaves it out (restaurants.ddl `Orders.order_date DATETIME DEFAULT CURRENT_TIMESTAMP`,
 * `order_status ... DEFAULT 'Pending'`), so Rowforge leaves about 1 % of them empty, not 10 %;
 * plain nullable columns keep their 10 %. Loaded into MariaDB with every constraint on.
 * Needs the CI MariaDB: a missing server fails the test.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARIADB_SERVER, withMariaDatabase, type MariaDatabase } from '../support/mariadb.js';
import { fixturesDir } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const ROWS = 4000;

const urlOf = (db: MariaDatabase): string => `mysql://${MARIADB_SERVER.user}@${MARIADB_SERVER.host}:${MARIADB_SERVER.port}/${db.name}`;

async function nulls(db: MariaDatabase, table: string, column: string): Promise<number> {
  const [row] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM \`${table}\` WHERE \`${column}\` IS NULL`);
  return Number(row?.n);
}

describe('--into mysql: defaulted columns are rarely NULL (restaurants.ddl)', () => {
  it('leaves about 1 % of order_date and order_status empty, 10 % of a plain nullable column', async () => {
    await withMariaDatabase(async (db) => {
      const r = await runCli(['generate', path.join(fixturesDir, 'restaurants.ddl'), '--rows', String(ROWS), '--into', urlOf(db)]);
      expect(r.code, r.stderr).toBe(0);
      for (const [table, column] of [['Orders', 'order_date'], ['Orders', 'order_status'], ['Customers', 'registration_date'], ['Reviews', 'review_date']] as const) {
        const n = await nulls(db, table, column);
        expect(n, `${table}.${column} NULLs`).toBeGreaterThan(0);
        expect(n, `${table}.${column} NULLs`).toBeLessThan(ROWS * 0.02);
      }
      expect(await nulls(db, 'Orders', 'delivery_address')).toBeGreaterThan(ROWS * 0.07);
      expect(await db.integrityProblems()).toEqual([]);
    });
  }, 120_000);
});
