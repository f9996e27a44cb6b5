/**
 * Parquet output (issue 4, acceptance c): for each fixture schema, the Parquet files read back
 * through DuckDB hold the same rows as the CSV output of the same seed and plan, cell for cell
 * (compared as DuckDB's text form of each typed value against the CSV text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.js';
import { fixturesDir } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const FIXTURES = readdirSync(fixturesDir).filter((f) => f.endsWith('.ddl')).sort();
const temps = new TempDirs();
afterAll(() => temps.cleanup());

interface ManifestTable { name: string; file: string; rows: number }
const tablesOf = (dir: string): ManifestTable[] => (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { tables: ManifestTable[] }).tables;

async function parquetRows(file: string): Promise<(string | null)[][]> {
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  const reader = await con.runAndReadAll(`SELECT CAST(COLUMNS(*) AS VARCHAR) FROM read_parquet('${file.replace(/'/g, "''")}')`);
  return reader.getRows().map((r) => r.map((v) => (v === null ? null : String(v))));
}

describe.each(FIXTURES)('parquet of %s', (fixture) => {
  it('reads back through DuckDB with the same rows as the CSV output', async () => {
    const root = temps.make('parquet');
    const ddl = path.join(fixturesDir, fixture);
    const common = ['generate', ddl, '--rows', '400', '--seed', '4', '--no-validate'];
    expect((await runCli([...common, '--format', 'csv', '--out', path.join(root, 'csv')])).code).toBe(0);
    const pq = await runCli([...common, '--format', 'parquet', '--out', path.join(root, 'pq')]);
    expect(pq.code, pq.stderr).toBe(0);
    const csvTables = tablesOf(path.join(root, 'csv'));
    for (const t of tablesOf(path.join(root, 'pq'))) {
      expect(t.file).toMatch(/\.parquet$/);
      const csvFile = csvTables.find((c) => c.name === t.name)?.file ?? '';
      const csv = parseCsv(readFileSync(path.join(root, 'csv', csvFile), 'utf8')).rows;
      const parquet = await parquetRows(path.join(root, 'pq', t.file));
      expect(parquet.length, `${t.name} rows`).toBe(t.rows);
      expect(parquet, `${t.name} cells`).toEqual(csv);
    }
  });
});
