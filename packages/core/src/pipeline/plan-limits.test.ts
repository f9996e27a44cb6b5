import { beforeAll, describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import { generate } from '../engine/index.js';
import { planFor, validatePlan, type Plan } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

/** Every value of `column` in `table`, generated from `plan`. */
function values(ddl: string, plan: Plan, table: string, column: string): unknown[] {
  const data = generate(parseSchema(ddl).schema, plan);
  const t = data.tables.find((x) => x.table.name === table);
  const i = t?.table.columns.findIndex((c) => c.name === column) ?? -1;
  return [...(t?.batches() ?? [])].flat().map((row) => row[i]);
}

const WAREHOUSES = `CREATE TABLE warehouses (
  warehouse_code char(4) NOT NULL,
  region_code char(2) NOT NULL,
  name varchar(80) NOT NULL,
  PRIMARY KEY (region_code, warehouse_code)
);`;

describe('single-column keys on dates, timestamps and booleans', () => {
  beforeAll(async () => { await loadParsers(); });

  it('a DATE primary key gets distinct days, its window run on past its end for more rows than days', () => {
    const ddl = 'CREATE TABLE t (d DATE PRIMARY KEY, s TIMESTAMP NOT NULL UNIQUE, b BOOLEAN UNIQUE);';
    const plan = planFor(parseSchema(ddl).schema, { rows: 2 });
    expect(new Set(values(ddl, plan, 't', 'b')).size).toBe(2);
    const temporal = ddl.replace(', b BOOLEAN UNIQUE', '');
    const many = planFor(parseSchema(temporal).schema, { rows: 1157 });
    expect(new Set(values(temporal, many, 't', 'd')).size).toBe(1157);
    expect(new Set(values(temporal, many, 't', 's')).size).toBe(1157);
  });

  it('a DATE key with more rows than days reaches back, so a CHECK that it is not after some day leaves room', () => {
    const ddl = "CREATE TABLE t (d DATE PRIMARY KEY CHECK (d <= '2030-12-31'));";
    const plan = planFor(parseSchema(ddl).schema, { rows: 5000 });
    expect(new Set(values(ddl, plan, 't', 'd')).size).toBe(5000);
  });

  it('a unique DATE its CHECK leaves too few days for is UNIQUE_CAPACITY (it had duplicates)', () => {
    const schema = parseSchema("CREATE TABLE t (id INT PRIMARY KEY, d DATE UNIQUE CHECK (d BETWEEN '2020-01-01' AND '2020-01-31'));").schema;
    const error: unknown = (() => { try { validatePlan(schema, planFor(schema, { rows: 32 })); return undefined; } catch (e) { return e; } })();
    expect(isRowforgeError(error) && error.code).toBe('UNIQUE_CAPACITY');
  });
});

describe('a UNIQUE self-reference', () => {
  beforeAll(async () => { await loadParsers(); });

  it('points every row at a distinct, earlier row (random earlier rows repeated: 15 duplicates at 35 rows)', () => {
    const ddl = 'CREATE TABLE emp (id INT PRIMARY KEY, mentor_id INT UNIQUE REFERENCES emp(id), name VARCHAR(50) NOT NULL);';
    const plan = planFor(parseSchema(ddl).schema, { rows: 35 });
    const ids = values(ddl, plan, 'emp', 'id');
    const mentors = values(ddl, plan, 'emp', 'mentor_id');
    const set = mentors.filter((m) => m !== null);
    expect(set.length).toBeGreaterThan(30);
    expect(new Set(set).size).toBe(set.length);
    expect(mentors.every((m, row) => m === null || ids.indexOf(m) < row)).toBe(true);
  });

  it('points every row at itself when the column is NOT NULL (row 0 has no row before it)', () => {
    const ddl = 'CREATE TABLE emp (id INT PRIMARY KEY, mentor_id INT NOT NULL UNIQUE REFERENCES emp(id));';
    const plan = planFor(parseSchema(ddl).schema, { rows: 10 });
    expect(values(ddl, plan, 'emp', 'mentor_id')).toEqual(values(ddl, plan, 'emp', 'id'));
  });
});

describe('a plan\'s reference date', () => {
  beforeAll(async () => { await loadParsers(); });

  it('must be a calendar day (2026-02-30 is PLAN_INVALID, not a silent 2026-03-02)', () => {
    const schema = parseSchema('CREATE TABLE t (id INT PRIMARY KEY, d DATE NOT NULL);').schema;
    const error: unknown = (() => { try { validatePlan(schema, { ...planFor(schema), referenceDate: '2026-02-30' }); return undefined; } catch (e) { return e; } })();
    expect(isRowforgeError(error) && error.code).toBe('PLAN_INVALID');
    expect(String(error)).toMatch(/referenceDate: expected a calendar day/);
  });
});

describe('CHECK ranges and the column type', () => {
  beforeAll(async () => { await loadParsers(); });

  it('a CHECK range past the type ends where the type does (SMALLINT > 32760: 32761…32767, not up to 33760)', () => {
    const ddl = 'CREATE TABLE t (id INT PRIMARY KEY, h SMALLINT NOT NULL CHECK (h > 32760), p DECIMAL(5,2) NOT NULL CHECK (p >= 990));';
    const plan = planFor(parseSchema(ddl).schema, { rows: 300 });
    const h = values(ddl, plan, 't', 'h') as number[];
    expect(Math.min(...h)).toBeGreaterThanOrEqual(32761);
    expect(Math.max(...h)).toBeLessThanOrEqual(32767);
    expect(Math.max(...(values(ddl, plan, 't', 'p') as number[]))).toBeLessThanOrEqual(999.99);
  });

  it('a CHECK with only an upper bound keeps its values near it, not at the bottom of the type', () => {
    const ddl = 'CREATE TABLE t (id INT PRIMARY KEY, neg INT NOT NULL CHECK (neg < 0), cold SMALLINT NOT NULL CHECK (cold <= -10));';
    const plan = planFor(parseSchema(ddl).schema, { rows: 200 });
    expect(Math.min(...(values(ddl, plan, 't', 'neg') as number[]))).toBeGreaterThan(-100_000);
    expect(Math.min(...(values(ddl, plan, 't', 'cold') as number[]))).toBeGreaterThan(-30_000);
  });

  it('a CHECK no value of the type passes is CHECK_UNSATISFIABLE', () => {
    const schema = parseSchema('CREATE TABLE t (id INT PRIMARY KEY, h SMALLINT NOT NULL CHECK (h > 40000));').schema;
    const error: unknown = (() => { try { planFor(schema); return undefined; } catch (e) { return e; } })();
    expect(isRowforgeError(error) && error.code).toBe('CHECK_UNSATISFIABLE');
  });
});

describe('key columns and the values their generators can make', () => {
  beforeAll(async () => { await loadParsers(); });

  it('a composite key makes unique its column with room for the rows (CHAR(4), not CHAR(2), at 1,234 rows)', () => {
    const schema = parseSchema(WAREHOUSES).schema;
    const plan = planFor(schema, { rows: 1234 });
    const columns = plan.tables['warehouses']?.columns;
    expect(columns?.['warehouse_code']).toMatchObject({ unique: true });
    expect(columns?.['region_code']).not.toMatchObject({ unique: true });
    const codes = values(WAREHOUSES, plan, 'warehouses', 'warehouse_code');
    expect(new Set(codes).size).toBe(1234);
  });

  it('keeps the first unbounded column while it has room (plans and bytes as before)', () => {
    const plan = planFor(parseSchema(WAREHOUSES).schema, { rows: 1000 });
    expect(plan.tables['warehouses']?.columns['region_code']).toMatchObject({ unique: true });
  });

  it('refuses a unique CHAR(2) code for more rows than its tokens (UNIQUE_CAPACITY, not an internal error)', () => {
    const schema = parseSchema('CREATE TABLE countries (country_code char(2) PRIMARY KEY, name varchar(80) NOT NULL);').schema;
    const error: unknown = (() => { try { validatePlan(schema, planFor(schema, { rows: 1200 })); return undefined; } catch (e) { return e; } })();
    expect(isRowforgeError(error) && error.code).toBe('UNIQUE_CAPACITY');
    expect(String(error)).toMatch(/allow only 1156 distinct/);
  });

  it('a token column that need not be unique repeats past its room instead of failing', () => {
    const ddl = 'CREATE TABLE t (id INT PRIMARY KEY, code char(1) NOT NULL);';
    const plan = planFor(parseSchema(ddl).schema, { rows: 100 });
    const spec = { generator: 'identifier', kind: 'token' } as const;
    const edited: Plan = { ...plan, tables: { t: { ...plan.tables['t']!, columns: { ...plan.tables['t']!.columns, code: spec } } } };
    const codes = values(ddl, edited, 't', 'code');
    expect(codes).toHaveLength(100);
    expect(new Set(codes).size).toBe(34);
  });
});
