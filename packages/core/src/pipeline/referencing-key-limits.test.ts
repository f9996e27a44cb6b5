import { beforeAll, describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import { generate } from '../engine/index.js';
import { planFor, planReport, validatePlan, type Plan, type PlanOptions } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { loadParsers, parseSchema, type SourceDialect } from '../sources/index.js';

const BIG = 'CREATE TABLE big (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, pid smallint REFERENCES big(id));';
const CODES = 'CREATE TABLE p (id int PRIMARY KEY, code int NOT NULL UNIQUE); CREATE TABLE c (id int PRIMARY KEY, pcode smallint NOT NULL REFERENCES p(code));';

const schemaOf = (ddl: string, dialect: SourceDialect = 'postgres'): Schema => parseSchema(ddl, { dialect }).schema;
const rowsOf = (ddl: string, options: PlanOptions, dialect?: SourceDialect): Record<string, number> =>
  Object.fromEntries(Object.entries(planFor(schemaOf(ddl, dialect), options).tables).map(([name, t]) => [name, t.rows]));

function failure(run: () => unknown): { code?: string; text: string } {
  try { run(); } catch (e) { return isRowforgeError(e) ? { code: e.code, text: `${e.message} (${String(e.details.hint)})` } : { text: String(e) }; }
  return { text: 'no error' };
}

/** Every value of `column` in `table`, generated from `plan`. */
function values(schema: Schema, plan: Plan, table: string, column: string): unknown[] {
  const t = generate(schema, plan).tables.find((x) => x.table.name === table);
  const i = t?.table.columns.findIndex((c) => c.name === column) ?? -1;
  return [...(t?.batches() ?? [])].flat().map((row) => row[i]);
}

describe('a foreign key column narrower than the key it refers to', () => {
  beforeAll(async () => { await loadParsers(); });

  it('keeps the parent at the default count within the keys the child column holds (SMALLINT: 32,767, not 40,000 with 6,379 out of range)', () => {
    const schema = schemaOf(BIG);
    const { plan, capped } = planReport(schema, { rows: 40_000 });
    expect(plan.tables['big']?.rows).toBe(32_767);
    expect(plan.tables['c']?.rows).toBe(40_000);
    expect(capped).toEqual([{ table: 'big', rows: 32_767, reason: '"c.pid" (smallint), which refers to its key "id", holds no more of its keys' }]);
    expect(Math.max(...(values(schema, plan, 'c', 'pid').filter((v) => v !== null) as number[]))).toBeLessThanOrEqual(32_767);
  });

  it('refuses an explicit parent count past what the child column holds, naming the count that fits', () => {
    const error = failure(() => planFor(schemaOf(BIG), { rows: 10, rowsFor: { big: 40_000 } }));
    expect(error.code).toBe('PLAN_CONTRADICTS_SCHEMA');
    expect(error.text).toMatch(/"c\.pid" \(smallint\).*holds only 32,767.*--rows-for big=32767/);
    expect(rowsOf(BIG, { rowsFor: { big: 32_767 } })['big']).toBe(32_767);
  });

  it('MySQL TINYINT children hold 127 keys, TINYINT UNSIGNED 255', () => {
    const ddl = (t: string): string => `CREATE TABLE cat (id int AUTO_INCREMENT PRIMARY KEY);
      CREATE TABLE item (id int AUTO_INCREMENT PRIMARY KEY, cat_id ${t} NOT NULL, FOREIGN KEY (cat_id) REFERENCES cat (id));`;
    expect(rowsOf(ddl('tinyint'), {}, 'mysql')['cat']).toBe(127);
    expect(rowsOf(ddl('tinyint unsigned'), {}, 'mysql')['cat']).toBe(255);
    expect(rowsOf(ddl('tinyint unsigned'), {}, 'mysql')['item']).toBe(1000);
  });

  it('a unique INT code a SMALLINT column refers to draws only codes the child holds', () => {
    const schema = schemaOf(CODES);
    const plan = planFor(schema, { rows: 4000 });
    expect(plan.tables['p']?.columns['code']).toMatchObject({ generator: 'int', unique: true, max: 32_767 });
    const codes = values(schema, plan, 'c', 'pcode') as number[];
    expect(codes.every((v) => v >= -32_768 && v <= 32_767)).toBe(true);
  });

  it('an edited plan whose key values leave the child column is PLAN_CONTRADICTS_SCHEMA', () => {
    const schema = schemaOf(CODES);
    const plan = planFor(schema, { rows: 10 });
    const p = plan.tables['p']!;
    const edited = { ...plan, tables: { ...plan.tables, p: { ...p, columns: { ...p.columns, code: { generator: 'int', min: 1, max: 40_000, skew: 'uniform', unique: true } } } } };
    expect(failure(() => validatePlan(schema, edited)).code).toBe('PLAN_CONTRADICTS_SCHEMA');
  });

  it('leaves composite foreign keys, wider or equal children and non-integer keys alone', () => {
    const composite = 'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE c (id int PRIMARY KEY, x smallint, y smallint, FOREIGN KEY (x, y) REFERENCES p (a, b));';
    expect(rowsOf(composite, { rows: 40_000 })).toEqual({ p: 40_000, c: 40_000 });
    const wide = 'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, a int REFERENCES p(id), b bigint REFERENCES p(id));';
    expect(rowsOf(wide, { rows: 40_000 })).toEqual({ p: 40_000, c: 40_000 });
    const text = 'CREATE TABLE p (code varchar(8) PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, code varchar(8) REFERENCES p(code));';
    expect(rowsOf(text, { rows: 40_000 })).toEqual({ p: 40_000, c: 40_000 });
  });

  it('reports no capped tables when every table gets the count asked for', () => {
    expect(planReport(schemaOf(BIG), { rows: 1000 }).capped).toEqual([]);
    expect(planReport(schemaOf(BIG), { rows: 40_000, rowsFor: { big: 100 } }).capped).toEqual([]);
  });
});
