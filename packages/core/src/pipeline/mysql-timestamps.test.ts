import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, type Plan, type PlanOptions } from '../plan/index.js';
import { UNIX_TIMESTAMP_MS, type Dialect } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { generateToDirectory } from './generate-to-directory.js';
import { columnValues } from './testing/column-values.js';

const DDL = `CREATE TABLE ev (id INT AUTO_INCREMENT PRIMARY KEY, birth_date TIMESTAMP NOT NULL, created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, expires_at TIMESTAMP NULL, dt DATETIME) ENGINE=InnoDB;`;
const TIMESTAMPS = ['birth_date', 'created_at', 'expires_at'];
const ROWS = 5000;

let root: string;
beforeAll(async () => { await loadParsers(); root = mkdtempSync(join(tmpdir(), 'rowforge-mysql-ts-')); });
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

const schemaOf = (ddl: string, dialect: Dialect = 'mysql') => parseSchema(ddl, { dialect }).schema;
const specs = (options: PlanOptions, ddl = DDL, dialect?: Dialect) => planFor(schemaOf(ddl, dialect), options).tables['ev']?.columns ?? {};

/** The engine's millisecond values of one column, NULLs left out. */
function millis(options: PlanOptions, column: string): number[] {
  const schema = schemaOf(DDL);
  return columnValues(generate(schema, planFor(schema, options)), 'ev', column).filter((v): v is number => typeof v === 'number');
}

const [LO, HI] = UNIX_TIMESTAMP_MS;
const outside = (values: readonly number[]): number => values.filter((v) => v < LO || v > HI).length;

describe('MySQL TIMESTAMP columns stay within 1970-01-01 00:00:01 … 2038-01-19 03:14:07 UTC', () => {
  it('a TIMESTAMP birth date draws ages whose births are after 1970 (18…90 had births from 1935)', () => {
    expect(specs({ rows: ROWS })['birth_date']).toEqual({ generator: 'birthDate', minAge: 18, maxAge: 55 });
    const births = millis({ rows: ROWS }, 'birth_date');
    expect(births).toHaveLength(ROWS);
    expect(outside(births)).toBe(0);
    expect(Math.min(...births)).toBeLessThan(Date.UTC(1972, 0, 1));
  });

  it('near 2038 the windows end at 2038-01-18 and the gap after created_at shrinks to stay before it', () => {
    const options = { rows: ROWS, referenceDate: '2037-06-01' };
    const s = specs(options);
    expect(s['expires_at']).toMatchObject({ generator: 'after', column: 'created_at', maxGap: 231 });
    for (const c of TIMESTAMPS) expect(outside(millis(options, c)), c).toBe(0);
    const [created, expires] = [millis(options, 'created_at'), columnValues(generate(schemaOf(DDL), planFor(schemaOf(DDL), options)), 'ev', 'expires_at')];
    expect(expires.every((e, i) => e === null || (e as number) >= created[i]!)).toBe(true);
    expect(specs({ rows: 10, referenceDate: '2045-01-01' })['created_at']).toMatchObject({ generator: 'timestamp', to: '2038-01-18' });
  });

  it('DATETIME and PostgreSQL timestamps keep their ranges', () => {
    expect(specs({ rows: ROWS, referenceDate: '2037-06-01' })['dt']).toMatchObject({ generator: 'timestamp', from: '2032-06-01', to: '2037-06-01' });
    const pg = 'CREATE TABLE ev (id INT PRIMARY KEY, birth_date TIMESTAMP NOT NULL, created_at TIMESTAMP NOT NULL, expires_at TIMESTAMP);';
    const p = specs({ rows: ROWS, referenceDate: '2037-06-01' }, pg, 'postgres');
    expect(p['birth_date']).toEqual({ generator: 'birthDate', minAge: 18, maxAge: 90 });
    expect(p['expires_at']).toMatchObject({ minGap: 365, maxGap: 1825 });
  });

  it('a run validates clean, and the validator reports a birth before 1970 in an edited plan', async () => {
    const schema = schemaOf(DDL);
    const plan = planFor(schema, { rows: ROWS });
    const clean = await generateToDirectory({ schema, plan, dir: join(root, 'clean'), format: 'sql', target: 'mysql' });
    expect(clean.validation?.ok, JSON.stringify(clean.validation?.tables[0]?.violations)).toBe(true);
    const ev = plan.tables['ev']!;
    const edited: Plan = { ...plan, tables: { ev: { ...ev, columns: { ...ev.columns, birth_date: { generator: 'birthDate', minAge: 18, maxAge: 90 } } } } };
    const bad = await generateToDirectory({ schema, plan: edited, dir: join(root, 'edited'), format: 'csv', target: 'mysql' });
    const v = bad.validation?.tables[0]?.violations.find((x) => x.column === 'birth_date');
    expect(v).toMatchObject({ rule: 'type', message: expect.stringMatching(/out of range for MySQL TIMESTAMP/) as unknown });
    expect(v?.count).toBeGreaterThan(1000);
    expect(readFileSync(join(root, 'edited', 'schema.sql'), 'utf8')).toContain("-- run LOAD DATA after SET time_zone = '+00:00' (TIMESTAMP values are UTC)");
  });
});

describe('CHECKs on a MySQL TIMESTAMP stay within its range', () => {
  const ddl = (check: string): string => `CREATE TABLE ev (id INT PRIMARY KEY, ts TIMESTAMP NOT NULL CHECK (${check})) ENGINE=InnoDB;`;
  const tsSpec = (check: string): unknown => planFor(schemaOf(ddl(check)), { rows: 100 }).tables['ev']?.columns['ts'];

  it('a lone lower bound near 2038 ends at 2038-01-18 (it had run to 2042)', () => {
    expect(tsSpec("ts >= '2037-06-01'")).toEqual({ generator: 'timestamp', from: '2037-06-01', to: '2038-01-18' });
  });

  it('a lone upper bound near 1970 starts at 1970-01-02', () => {
    expect(tsSpec("ts < '1971-01-01'")).toMatchObject({ from: '1970-01-02', to: '1970-12-31' });
  });

  it('a bound past the range is CHECK_UNSATISFIABLE', () => {
    expect(() => tsSpec("ts >= '2040-01-01'")).toThrow(expect.objectContaining({ code: 'CHECK_UNSATISFIABLE' }));
  });

  it('a PostgreSQL timestamp keeps the CHECK bound', () => {
    const pg = parseSchema('CREATE TABLE ev (id int PRIMARY KEY, ts timestamp NOT NULL CHECK (ts >= \'2037-06-01\'));', { dialect: 'postgres' }).schema;
    expect(planFor(pg, { rows: 100 }).tables['ev']?.columns['ts']).toMatchObject({ from: '2037-06-01', to: '2042-06-01' });
  });
});
