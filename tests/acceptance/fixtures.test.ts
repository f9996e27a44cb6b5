/**
 * The three published sample schemas (shared/fixtures/ddl/*.ddl, MySQL dialect), seeds 1-3,
 * 1000 rows per table: CSV output for PostgreSQL and for MySQL loads into fresh real databases
 * with every constraint on, `rowforge validate` passes, and the databases hold what the
 * manifest says. Plus: `rowforge validate` must catch violations planted in a good output.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.js';
import { csvConventionProblems } from '../support/csv-conventions.js';
import { loadCsvOutputIntoMariaDb, loadCsvOutputIntoPostgres, manifestRowCounts, type LoadFacts } from '../support/judge.js';
import { fileListProblems, manifestTable, readManifest, tableFile, type Manifest } from '../support/manifest.js';
import { countChecks, countReferences, readSimpleMysqlDdl } from '../support/mysql-ddl.js';
import { fixturesDir } from '../support/paths.js';
import { generate, outPath, validate, type Generated } from '../support/rowforge.js';
import { describeRun } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const ROWS = 1000;
const SEEDS = [1, 2, 3];
const FIXTURES = readdirSync(fixturesDir).filter((f) => f.endsWith('.ddl')).sort();

const temps = new TempDirs();
afterAll(() => temps.cleanup());

function sameNames(a: readonly string[], b: readonly string[]): void {
  expect([...a].map((s) => s.toLowerCase()).sort()).toEqual([...b].map((s) => s.toLowerCase()).sort());
}

function checkManifest(g: Generated, tables: readonly string[], target: string): void {
  const m = g.manifest;
  sameNames(m.tables.map((t) => t.name), tables);
  sameNames(m.loadOrder, tables);
  for (const t of m.tables) expect(t.rows, `${t.name} rows in manifest`).toBe(ROWS);
  expect(m.target).toBe(target);
  expect(m.outputFormat).toBe('csv');
  expect(fileListProblems(g.dir, m)).toEqual([]);
  expect(existsSync(path.join(g.dir, 'validation.json')), 'validation.json written').toBe(true);
  for (const t of m.tables) {
    const csv = parseCsv(readFileSync(tableFile(g.dir, t), 'utf8'));
    expect(csv.rows.length, `${t.file} data rows`).toBe(ROWS);
  }
}

function checkLoad(facts: LoadFacts, m: Manifest, ddlText: string, db: string): void {
  expect(facts.problems, `${db}: integrity problems after load`).toEqual([]);
  expect(facts.rowCounts, `${db}: rows in the database vs manifest`).toEqual(manifestRowCounts(m));
  expect(facts.fks, `${db}: FOREIGN KEY constraints present after load`).toBeGreaterThanOrEqual(countReferences(ddlText));
  expect(facts.checks, `${db}: CHECK constraints present after load`).toBeGreaterThanOrEqual(countChecks(ddlText));
}

describe.each(FIXTURES)('fixture %s', (fixture) => {
  const schema = path.join(fixturesDir, fixture);
  const ddlText = readFileSync(schema, 'utf8');
  const ddl = readSimpleMysqlDdl(schema);
  const tableNames = ddl.map((t) => t.name);

  it.each(SEEDS)(`seed %i: CSV for postgres and mysql loads into real PostgreSQL and MariaDB with every constraint on, and validates`, async (seed) => {
    const parent = temps.make(`fx-${seed}`);
    const common = { schema, dialect: 'mysql' as const, rows: ROWS, seed, format: 'csv' as const };
    const [pg, my] = await Promise.all([
      generate({ ...common, target: 'postgres', out: outPath(parent, 'pg') }),
      generate({ ...common, target: 'mysql', out: outPath(parent, 'my') }),
    ]);
    checkManifest(pg, tableNames, 'postgres');
    checkManifest(my, tableNames, 'mysql');
    expect(csvConventionProblems(pg.dir, pg.manifest, ddl)).toEqual([]);
    expect(csvConventionProblems(my.dir, my.manifest, ddl)).toEqual([]);

    const [pgFacts, myFacts] = await Promise.all([
      loadCsvOutputIntoPostgres(pg.dir, pg.manifest),
      loadCsvOutputIntoMariaDb(my.dir, my.manifest),
    ]);
    checkLoad(pgFacts, pg.manifest, ddlText, 'PostgreSQL');
    checkLoad(myFacts, my.manifest, ddlText, 'MariaDB');

    const [vPg, vMy] = await Promise.all([validate(pg.dir, schema), validate(my.dir, schema, ['--json'])]);
    expect(vPg.code, describeRun(['validate', pg.dir, '--schema', schema], vPg)).toBe(0);
    expect(vPg.stdout.trim().length, 'validate prints a summary').toBeGreaterThan(0);
    expect(vMy.code, describeRun(['validate', my.dir, '--schema', schema, '--json'], vMy)).toBe(0);
    expect(() => JSON.parse(vMy.stdout) as unknown, 'validate --json prints JSON').not.toThrow();
  }, 600_000);
});

/** Rewrites one cell of a table's CSV in a copy of a good output and keeps manifest.files sizes true. */
function plantViolation(good: string, dest: string, table: string, column: string, row: number, value: string | null): string {
  cpSync(good, dest, { recursive: true });
  const m = readManifest(dest);
  const entry = manifestTable(m, table);
  const file = tableFile(dest, entry);
  const csv = parseCsv(readFileSync(file, 'utf8'));
  const k = csv.header.findIndex((h) => h.toLowerCase() === column.toLowerCase());
  if (k < 0) throw new Error(`no column ${column} in ${file}`);
  const quote = (v: string | null): string => (v === null ? '' : `"${v.replace(/"/g, '""')}"`);
  const rows = csv.rows.map((r, i) => (i === row ? r.map((v, j) => (j === k ? value : v)) : r));
  const text = [csv.header.map(quote), ...rows.map((r) => r.map(quote))].map((r) => r.join(',')).join(csv.lineEnding) + csv.lineEnding;
  writeFileSync(file, text);
  const manifestFile = path.join(dest, 'manifest.json');
  const raw = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: { path: string; bytes: number }[] };
  for (const f of raw.files) f.bytes = statSync(path.resolve(dest, f.path)).size;
  writeFileSync(manifestFile, JSON.stringify(raw, null, 2));
  return dest;
}

describe('rowforge validate catches violations planted in a good output (restaurants.ddl, 100 rows)', () => {
  const schema = path.join(fixturesDir, 'restaurants.ddl');
  let good: Generated | undefined;
  const goodOutput = async (): Promise<Generated> => {
    good ??= await generate({ schema, dialect: 'mysql', rows: 100, seed: 9, format: 'csv', target: 'postgres', out: outPath(temps.make('val'), 'good') });
    return good;
  };

  const firstValue = (g: Generated, table: string, column: string, row: number): string => {
    const csv = parseCsv(readFileSync(tableFile(g.dir, manifestTable(g.manifest, table)), 'utf8'));
    const k = csv.header.findIndex((h) => h.toLowerCase() === column.toLowerCase());
    return csv.rows[row]?.[k] ?? '';
  };

  const cases: { name: string; table: string; column: string; value: (g: Generated) => string | null }[] = [
    { name: 'a duplicated primary key', table: 'Customers', column: 'customer_id', value: (g) => firstValue(g, 'Customers', 'customer_id', 0) },
    { name: 'a duplicated UNIQUE email', table: 'Customers', column: 'email', value: (g) => firstValue(g, 'Customers', 'email', 0) },
    { name: 'an orphaned foreign key', table: 'Orders', column: 'customer_id', value: () => '987654321' },
    { name: 'NULL in a NOT NULL column', table: 'Customers', column: 'first_name', value: () => null },
    { name: 'a CHECK violation (rating 1..5)', table: 'Reviews', column: 'rating', value: () => '9' },
    { name: 'a value outside the ENUM', table: 'Orders', column: 'payment_method', value: () => 'Bitcoin' },
    { name: 'text longer than VARCHAR(20)', table: 'Delivery_Drivers', column: 'license_number', value: () => 'X'.repeat(21) },
    { name: 'an unparseable date', table: 'Delivery_Drivers', column: 'join_date', value: () => '2021-02-30' },
  ];

  it('the untouched output validates (exit 0)', async () => {
    const g = await goodOutput();
    const clean = await validate(g.dir, schema);
    expect(clean.code, describeRun(['validate', g.dir, '--schema', schema], clean)).toBe(0);
  }, 300_000);

  it.each(cases)('exits 1 and names the table for $name', async (c) => {
    const g = await goodOutput();
    const bad = plantViolation(g.dir, path.join(temps.make('bad'), 'bad'), c.table, c.column, 1, c.value(g));
    const r = await validate(bad, schema);
    expect(r.code, describeRun(['validate', bad, '--schema', schema], r)).toBe(1);
    expect(r.stdout + r.stderr).toContain(c.table);
    const own = await validate(bad, undefined);
    expect(own.code, describeRun(['validate', bad], own)).toBe(1);
    expect(own.stderr).toContain('schema.sql + ');
    expect(own.stdout).toContain(c.table);
  }, 300_000);

  it('without --schema, checks against the schema.sql and constraints.sql the run wrote (exit 0 when clean, 2 when there are none)', async () => {
    const g = await goodOutput();
    const clean = await validate(g.dir, undefined);
    expect(clean.code, describeRun(['validate', g.dir], clean)).toBe(0);
    expect(clean.stderr).toContain(`schema: ${path.join(g.dir, 'schema.sql')} + ${path.join(g.dir, 'constraints.sql')}`);
    const none = await validate(temps.make('no-schema'), undefined);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--schema FILE');
  }, 300_000);
});
