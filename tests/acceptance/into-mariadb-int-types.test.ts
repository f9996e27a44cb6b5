/**
 * MySQL's narrow integer types keep their width through Rowforge: TINYINT, MEDIUMINT and YEAR
 * columns are created as such by `--into mysql`, and every value loads into them in strict mode
 * (a YEAR column named `built` holds years, a CHECK past TINYINT's range ends at 127).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARIADB_SERVER, withMariaDatabase } from '../support/mariadb.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());

const DDL = `CREATE TABLE gauge (
  id INT PRIMARY KEY AUTO_INCREMENT,
  level TINYINT NOT NULL,
  hot TINYINT CHECK (hot > 120),
  full_u TINYINT UNSIGNED NOT NULL CHECK (full_u > 250),
  code TINYINT UNIQUE,
  built YEAR NOT NULL,
  reading MEDIUMINT NOT NULL,
  serial MEDIUMINT UNSIGNED UNIQUE
) ENGINE=InnoDB;
`;

const EXPECTED_TYPES = {
  level: 'tinyint(4)', hot: 'tinyint(4)', full_u: 'tinyint(3) unsigned', code: 'tinyint(4)',
  built: 'year(4)', reading: 'mediumint(9)', serial: 'mediumint(8) unsigned',
};

describe('--into mysql with TINYINT, MEDIUMINT and YEAR columns', () => {
  it('creates them with their own types and loads 200 rows within their ranges', async () => {
    const ddl = path.join(temps.make('int-types'), 'gauge.sql');
    writeFileSync(ddl, DDL);
    await withMariaDatabase(async (db) => {
      const url = `mysql://${MARIADB_SERVER.user}@${MARIADB_SERVER.host}:${MARIADB_SERVER.port}/${db.name}`;
      const r = await runCli(['generate', ddl, '--rows', '200', '--seed', '3', '--into', url]);
      expect(r.code, r.stderr).toBe(0);
      const cols = await db.query<{ c: string; t: string }>(
        "SELECT COLUMN_NAME AS c, COLUMN_TYPE AS t FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'gauge' AND COLUMN_NAME <> 'id'");
      expect(Object.fromEntries(cols.map(({ c, t }) => [c, t]))).toEqual(EXPECTED_TYPES);
      const [s] = await db.query<Record<string, number | string>>(
        'SELECT MIN(built) AS y0, MAX(built) AS y1, MIN(hot) AS h0, MAX(full_u) AS f1, COUNT(DISTINCT code) AS codes FROM gauge');
      expect(Number(s?.['y0'])).toBeGreaterThanOrEqual(1950);
      expect(Number(s?.['y1'])).toBeLessThanOrEqual(2026);
      expect(Number(s?.['h0'])).toBeGreaterThan(120);
      expect(Number(s?.['f1'])).toBeLessThanOrEqual(255);
      expect(Number(s?.['codes'])).toBe(await db.query<{ n: number }>('SELECT COUNT(code) AS n FROM gauge').then((x) => Number(x[0]?.n)));
      expect(await db.rowCount('gauge')).toBe(200);
      expect(await db.integrityProblems()).toEqual([]);
    });
  });
});
