/**
 * CHECKs that read the clock (`d <= CURRENT_DATE`, `b <= CURRENT_DATE - interval '18 years'`)
 * are declared as PostgreSQL reads them: `CURRENT_DATE` bare (not `current_date()`) and the
 * interval kept as `INTERVAL '18 years'`. Needs the CI PostgreSQL: a missing server fails the test.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_SERVER, withPgDatabase } from '../support/pg.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());

const DDL = `CREATE TABLE q (id int primary key, d date CHECK (d <= CURRENT_DATE), b date CHECK (b <= CURRENT_DATE - interval '18 years'));\n`;

describe('--into postgres with CHECKs on the clock', () => {
  it('declares CURRENT_DATE and the interval, and every row passes them', async () => {
    const file = path.join(temps.make('clock-checks'), 'q.sql');
    writeFileSync(file, DDL);
    await withPgDatabase(async (db) => {
      const url = `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
      const r = await runCli(['generate', file, '--rows', '100', '--into', url]);
      expect(r.code, r.stderr).toBe(0);
      expect(await db.rowCount('q')).toBe(100);
      const defs = await db.query<{ def: string }>("SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'q'::regclass AND contype = 'c' ORDER BY 1");
      expect(defs.map((d) => d.def)).toEqual(["CHECK ((b <= (CURRENT_DATE - '18 years'::interval)))", 'CHECK ((d <= CURRENT_DATE))']);
    });
  });
});
