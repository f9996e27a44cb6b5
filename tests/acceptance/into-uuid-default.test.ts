/**
 * `--into postgres` and `--into mysql` keep a random-UUID DEFAULT (`gen_random_uuid()`), so the
 * application's next row inserted without an id gets one. Needs the CI PostgreSQL and MariaDB:
 * a missing server fails the test.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARIADB_SERVER, withMariaDatabase } from '../support/mariadb.js';
import { PG_SERVER, withPgDatabase } from '../support/pg.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());

const DDL = `CREATE TABLE org (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    name varchar(255) NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL
);
`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function ddlFile(): string {
  const file = path.join(temps.make('uuid-default'), 'org.sql');
  writeFileSync(file, DDL);
  return file;
}

describe('--into keeps gen_random_uuid() defaults', () => {
  it('PostgreSQL', async () => {
    await withPgDatabase(async (db) => {
      const url = `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
      const r = await runCli(['generate', ddlFile(), '--rows', '20', '--into', url]);
      expect(r.code, r.stderr).toBe(0);
      const [row] = await db.query<{ id: string; created_at: Date }>("INSERT INTO org (name) VALUES ('next') RETURNING id, created_at");
      expect(row?.id).toMatch(UUID);
      expect(row?.created_at).toBeInstanceOf(Date);
      expect(await db.rowCount('org')).toBe(21);
    });
  });

  it('MariaDB', async () => {
    await withMariaDatabase(async (db) => {
      const url = `mysql://${MARIADB_SERVER.user}@${MARIADB_SERVER.host}:${MARIADB_SERVER.port}/${db.name}`;
      const r = await runCli(['generate', ddlFile(), '--rows', '20', '--into', url]);
      expect(r.code, r.stderr).toBe(0);
      await db.runSql("INSERT INTO org (name) VALUES ('next row zz');", 'next row');
      const [row] = await db.query<{ id: string }>("SELECT id FROM org WHERE name = 'next row zz'");
      expect(row?.id).toMatch(UUID);
    });
  });
});
