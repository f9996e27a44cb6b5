/**
 * CHECKs on parts of a timestamp (`EXTRACT(DOW FROM starts_at) BETWEEN 1 AND 5`, `EXTRACT(HOUR …)`)
 * are checked by the generator, so 2,000 rows load into PostgreSQL with every constraint on and
 * the CHECKs declared. Needs the CI PostgreSQL: a missing server fails the test.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_SERVER, withPgDatabase } from '../support/pg.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());

const DDL = `CREATE TABLE appointments (
  id int PRIMARY KEY,
  starts_at timestamp NOT NULL,
  CHECK (EXTRACT(DOW FROM starts_at) BETWEEN 1 AND 5),
  CHECK (EXTRACT(HOUR FROM starts_at) BETWEEN 9 AND 16)
);\n`;

describe('--into postgres with CHECKs on the weekday and hour of a timestamp', () => {
  it('generates rows that pass them, with no warning that the generator does not check them', async () => {
    const file = path.join(temps.make('date-part-checks'), 'appointments.sql');
    writeFileSync(file, DDL);
    await withPgDatabase(async (db) => {
      const url = `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
      const r = await runCli(['generate', file, '--rows', '2000', '--into', url]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('not checked by the generator');
      expect(r.stdout + r.stderr).toContain('every constraint is on');
      expect(await db.rowCount('appointments')).toBe(2000);
      const defs = await db.query<{ def: string }>("SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'appointments'::regclass AND contype = 'c' ORDER BY 1");
      expect(defs.map((d) => d.def)).toEqual([
        'CHECK (((EXTRACT(dow FROM starts_at) >= (1)::numeric) AND (EXTRACT(dow FROM starts_at) <= (5)::numeric)))',
        'CHECK (((EXTRACT(hour FROM starts_at) >= (9)::numeric) AND (EXTRACT(hour FROM starts_at) <= (16)::numeric)))',
      ]);
      const days = await db.query<{ dow: string }>('SELECT DISTINCT EXTRACT(DOW FROM starts_at)::int::text AS dow FROM appointments ORDER BY 1');
      expect(days.map((d) => d.dow)).toEqual(['1', '2', '3', '4', '5']);
    });
  });

  it('loads timestamptz rows into a database whose time zone is not UTC (the CHECK is judged in the session\'s zone)', async () => {
    const file = path.join(temps.make('date-part-checks-tz'), 'appointments.sql');
    writeFileSync(file, DDL.replace('starts_at timestamp', 'starts_at timestamptz'));
    await withPgDatabase(async (db) => {
      await db.query(`ALTER DATABASE "${db.name}" SET timezone = 'Europe/Berlin'`);
      const url = `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
      const r = await runCli(['generate', file, '--rows', '1000', '--into', url]);
      expect(r.code, r.stderr).toBe(0);
      expect(await db.rowCount('appointments')).toBe(1000);
    });
  });
});
