/**
 * CREATE UNIQUE INDEX shapes the data: a column unique only through a unique index (plain,
 * lower(col)) gets distinct values, `generate --into postgres` loads 1,000 rows with every
 * constraint on and creates the index (as a UNIQUE constraint named after it), and the rows also
 * satisfy the original expression index and the (skipped) partial one when those are built on them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_SERVER, withPgDatabase, type PgDatabase } from '../support/pg.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const REPRO = `CREATE TABLE account (id serial PRIMARY KEY, code varchar(12) NOT NULL, email text, status text);
CREATE UNIQUE INDEX account_code ON account (code);
CREATE UNIQUE INDEX account_email_lower ON account (lower(email));
CREATE UNIQUE INDEX account_open ON account (code, status) WHERE status = 'open';
`;

const urlOf = (db: PgDatabase): string => `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
const temp = new TempDirs();
afterAll(() => temp.cleanup());

async function uniqueIndexes(db: PgDatabase): Promise<Record<string, string>> {
  const rows = await db.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS def FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = 'account'::regclass AND x.indisunique AND NOT x.indisprimary ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.def.replace(/^.* USING btree /, '')]));
}

describe('CREATE UNIQUE INDEX with --into postgres', () => {
  it('loads 1,000 rows with every constraint on; the unique indexes exist and the original ones hold too', async () => {
    const ddl = path.join(temp.make('unique-index'), 'account.sql');
    writeFileSync(ddl, REPRO);
    await withPgDatabase(async (db) => {
      const r = await runCli(['generate', ddl, '--rows', '1000', '--seed', '1', '--into', urlOf(db), '--replace']);
      expect(r.code, r.stderr).toBe(0);
      expect(await db.rowCount('account')).toBe(1000);
      expect(await db.integrityProblems()).toEqual([]);
      expect(await uniqueIndexes(db)).toEqual({ account_code: '(code)', account_email_lower: '(email)' });
      await db.runSql("CREATE UNIQUE INDEX email_lower_as_written ON account (lower(email));\nCREATE UNIQUE INDEX open_as_written ON account (code, status) WHERE status = 'open';\n");
      const [emails] = await db.query<{ n: number }>('SELECT count(DISTINCT lower(email))::int AS n FROM account WHERE email IS NOT NULL');
      expect(emails?.n).toBeGreaterThan(500);
    });
  });
});
