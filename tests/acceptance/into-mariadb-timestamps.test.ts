/**
 * MySQL's TIMESTAMP keeps its type and range through Rowforge: `--into mysql` creates TIMESTAMP(3)
 * columns (DATETIME stays DATETIME(3)), and every value — a birth date, an expiry near 2038 —
 * loads in strict mode and reads back as the instant the CSV output of the same run holds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARIADB_SERVER, withMariaDatabase } from '../support/mariadb.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());

const DDL = `CREATE TABLE ev (id INT AUTO_INCREMENT PRIMARY KEY, birth_date TIMESTAMP NOT NULL, created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, expires_at TIMESTAMP NULL, dt DATETIME) ENGINE=InnoDB;
`;
const ROWS = 2000;
const TIMESTAMPS = ['birth_date', 'created_at', 'expires_at'] as const;

const EXPECTED_COLUMNS = [
  { c: 'birth_date', t: 'timestamp(3)', n: 'NO' },
  { c: 'created_at', t: 'timestamp(3)', n: 'NO' },
  { c: 'expires_at', t: 'timestamp(3)', n: 'YES' },
  { c: 'dt', t: 'datetime(3)', n: 'YES' },
];

/** Epoch milliseconds of each row's timestamps in the run's CSV (UTC text), by id. */
function csvInstants(dir: string): Map<string, (number | null)[]> {
  const [header, ...lines] = readFileSync(path.join(dir, 'ev.csv'), 'utf8').trim().split('\n');
  const at = TIMESTAMPS.map((c) => header!.split(',').indexOf(c));
  const utc = (text: string): number | null => (text === '' ? null : Date.parse(`${text.replace(' ', 'T')}Z`));
  return new Map(lines.map((l) => { const f = l.split(','); return [f[0]!, at.map((i) => utc(f[i]!))]; }));
}

describe('--into mysql with TIMESTAMP columns', () => {
  it.each(['2026-01-01', '2037-06-01'])('creates them as TIMESTAMP(3) and round-trips %s-relative values within 1970…2038', async (referenceDate) => {
    const dir = temps.make('timestamps');
    const ddl = path.join(dir, 'ev.sql');
    writeFileSync(ddl, DDL);
    const common = [ddl, '--rows', String(ROWS), '--seed', '3', '--reference-date', referenceDate];
    const csv = await runCli(['generate', ...common, '--format', 'csv', '--target', 'mysql', '--out', path.join(dir, 'csv')]);
    expect(csv.code, csv.stderr).toBe(0);
    await withMariaDatabase(async (db) => {
      const url = `mysql://${MARIADB_SERVER.user}@${MARIADB_SERVER.host}:${MARIADB_SERVER.port}/${db.name}`;
      const r = await runCli(['generate', ...common, '--into', url]);
      expect(r.code, r.stderr).toBe(0);
      const cols = await db.query<{ c: string; t: string; n: string }>(
        "SELECT COLUMN_NAME AS c, COLUMN_TYPE AS t, IS_NULLABLE AS n FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ev' AND COLUMN_NAME <> 'id' ORDER BY ORDINAL_POSITION");
      expect(cols).toEqual(EXPECTED_COLUMNS);
      const rows = await db.query<Record<string, string | null>>(
        'SELECT id, UNIX_TIMESTAMP(birth_date) AS birth_date, UNIX_TIMESTAMP(created_at) AS created_at, UNIX_TIMESTAMP(expires_at) AS expires_at FROM ev');
      expect(rows).toHaveLength(ROWS);
      const expected = csvInstants(path.join(dir, 'csv'));
      const loaded = new Map(rows.map((row) => [String(row['id']), TIMESTAMPS.map((c) => (row[c] === null ? null : Math.round(Number(row[c]) * 1000)))]));
      expect(loaded).toEqual(expected);
      const instants = [...loaded.values()].flat().filter((v): v is number => v !== null);
      expect(Math.min(...instants)).toBeGreaterThanOrEqual(1000);
      expect(Math.max(...instants)).toBeLessThanOrEqual(2_147_483_647_999);
      const [{ z } = { z: '1' }] = await db.query<{ z: string }>("SELECT COUNT(*) AS z FROM ev WHERE birth_date = '0000-00-00' OR created_at = '0000-00-00'");
      expect(Number(z)).toBe(0);
    });
  });
});
