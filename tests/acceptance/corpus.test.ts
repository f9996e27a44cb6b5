/**
 * Every corpus schema (tests/corpus, in its native dialect): SQL output for its own dialect loads
 * into the real database (postgres → psql, mysql → mariadb, sqlite → sql.js) with every
 * constraint on, and CSV output passes `rowforge validate`. SQL Server schemas have no server
 * here: their SQL output is checked to be non-empty and to CREATE every table.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, corpusPath, type CorpusEntry } from '../corpus/index.js';
import {
  loadSqlOutputIntoMariaDb, loadSqlOutputIntoPostgres, loadSqlOutputIntoSqlite, manifestRowCounts, type LoadFacts,
} from '../support/judge.js';
import { fileListProblems, sqlFiles, type Manifest } from '../support/manifest.js';
import { generate, outPath, validate, type Generated } from '../support/rowforge.js';
import { describeRun } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const ROWS = 150;
const SEED = 20260101;

const temps = new TempDirs();
afterAll(() => temps.cleanup());

const lower = (xs: readonly string[]): string[] => xs.map((x) => x.toLowerCase()).sort();

function loader(entry: CorpusEntry): (dir: string, m: Manifest) => Promise<LoadFacts> {
  if (entry.dialect === 'postgres') return loadSqlOutputIntoPostgres;
  if (entry.dialect === 'mysql') return loadSqlOutputIntoMariaDb;
  return loadSqlOutputIntoSqlite;
}

function checkSqlManifest(g: Generated, entry: CorpusEntry): void {
  expect(lower(g.manifest.tables.map((t) => t.name))).toEqual(lower(entry.tables));
  expect(g.manifest.outputFormat).toBe('sql');
  expect(g.manifest.target).toBe(entry.dialect);
  for (const t of g.manifest.tables) expect(t.rows, `${t.name} rows`).toBe(ROWS);
  expect(fileListProblems(g.dir, g.manifest)).toEqual([]);
  expect(sqlFiles(g.dir, g.manifest).length).toBeGreaterThan(0);
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
}

async function sqlPath(entry: CorpusEntry, extra: readonly string[] = []): Promise<Generated> {
  const g = await generate({
    schema: corpusPath(entry), dialect: entry.dialect, rows: ROWS, seed: SEED, format: 'sql', target: entry.dialect,
    out: outPath(temps.make('corpus-sql')), extra,
  });
  checkSqlManifest(g, entry);
  expectNoStackTrace(g.result.stderr);
  if (entry.warns) expect(g.result.stderr, 'skipped statements must be reported as warnings').toMatch(/warn|skip/i);
  if (entry.dialect === 'mssql') {
    const text = sqlFiles(g.dir, g.manifest).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(text.trim().length).toBeGreaterThan(0);
    for (const t of entry.tables) {
      expect(text, `CREATE TABLE for ${t}`).toMatch(new RegExp(`CREATE\\s+TABLE\\s+(\\[?dbo\\]?\\.)?[\\["]?${t}[\\]"]?\\s*\\(`, 'i'));
    }
    return g;
  }
  const facts = await loader(entry)(g.dir, g.manifest);
  expect(facts.problems, 'integrity problems after load').toEqual([]);
  expect(facts.rowCounts, 'rows in the database vs manifest').toEqual(manifestRowCounts(g.manifest));
  expect(facts.fks, 'FOREIGN KEYs present in the loaded database').toBeGreaterThanOrEqual(entry.fks);
  expect(facts.checks, 'CHECKs present in the loaded database').toBeGreaterThanOrEqual(entry.checks);
  return g;
}

async function csvPath(entry: CorpusEntry): Promise<void> {
  const schema = corpusPath(entry);
  const g = await generate({
    schema, dialect: entry.dialect, rows: ROWS, seed: SEED, format: 'csv', target: entry.dialect, out: outPath(temps.make('corpus-csv')),
  });
  expect(lower(g.manifest.tables.map((t) => t.name))).toEqual(lower(entry.tables));
  expect(fileListProblems(g.dir, g.manifest)).toEqual([]);
  const v = await validate(g.dir, schema);
  expect(v.code, describeRun(['validate', g.dir, '--schema', schema], v)).toBe(0);
}

describe('corpus: SQL output loads into the real database, CSV output validates', () => {
  it('covers at least 25 schemas', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(25);
  });

  for (const entry of CORPUS) {
    const what = entry.dialect === 'mssql' ? 'emits SQL Server DDL naming every table' : `loads into ${entry.dialect === 'mysql' ? 'MariaDB' : entry.dialect === 'sqlite' ? 'SQLite (sql.js)' : 'PostgreSQL'}`;
    it(`${entry.file}: --format sql --target ${entry.dialect} ${what}; --format csv validates`, async () => {
      // the two paths touch different temp dirs and databases, so they run side by side
      await Promise.all([sqlPath(entry), csvPath(entry)]);
    }, 300_000);
  }

  it('pg-check-patterns.sql: generate warns once, before generating, about the regex CHECK JavaScript cannot read; validation counts it', async () => {
    const entry = CORPUS.find((c) => c.file === 'pg-check-patterns.sql')!;
    const g = await generate({ schema: corpusPath(entry), dialect: 'postgres', rows: 20, seed: SEED, format: 'csv', target: 'postgres', out: outPath(temps.make('corpus-warn')) });
    expect(g.result.stderr).toMatch(/warning: "subscribers" domain us_zip_t on post \(VALUE ~ '\^\[0-9\]\{5\}\\M'\) is not checked by the generator/);
    expect(g.result.stderr).not.toMatch(/validation warning/);
    expect(g.result.stdout).toContain('validation: 0 violations; 1 CHECK not evaluated (warned above)');
    const report = JSON.parse(readFileSync(`${g.dir}/validation.json`, 'utf8')) as { warnings: string[] };
    expect(report.warnings).toEqual([expect.stringMatching(/^"subscribers" domain us_zip_t on post not evaluated: /)]);
    expect(g.result.stderr).not.toMatch(/contact|reach/);
  }, 120_000);

  it.each(['pg-ecommerce.sql', 'mysql-school.sql', 'sqlite-blog.sql'])(
    '%s: --sql-files per-table output loads in lexical file order',
    async (file) => {
      const entry = CORPUS.find((c) => c.file === file)!;
      const g = await sqlPath(entry, ['--sql-files', 'per-table']);
      expect(sqlFiles(g.dir, g.manifest).length, 'one .sql file per table at least').toBeGreaterThanOrEqual(entry.tables.length);
    },
    300_000,
  );
});
