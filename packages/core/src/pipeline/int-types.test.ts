import { beforeAll, describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { planFor, validatePlan, type PlanOptions } from '../plan/index.js';

const planOf = (ddl: string, options: PlanOptions) => planFor(parseSchema(ddl, { dialect: 'mysql' }).schema, options);
const columns = (ddl: string, rows: number) => planOf(ddl, { rows }).tables['t']?.columns ?? {};

function codeOf(run: () => unknown): string | undefined {
  try { run(); } catch (e) { return isRowforgeError(e) ? e.code : 'not a RowforgeError'; }
  return undefined;
}

const LOOKUP = `CREATE TABLE category (id TINYINT UNSIGNED AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE product (id INT PRIMARY KEY, category_id TINYINT UNSIGNED NOT NULL REFERENCES category (id));`;

describe('integer columns keep to their type', () => {
  beforeAll(async () => { await loadParsers(); });

  it('a YEAR column draws years, whatever its name', () => {
    expect(columns('CREATE TABLE t (id INT PRIMARY KEY, built YEAR NOT NULL);', 10)['built']).toMatchObject({ generator: 'int', min: 1950, max: 2026 });
  });

  it('a CHECK on a TINYINT ends at the type', () => {
    expect(columns('CREATE TABLE t (id INT PRIMARY KEY, x TINYINT CHECK (x > 120));', 10)['x']).toMatchObject({ min: 121, max: 127 });
    expect(columns('CREATE TABLE t (id INT PRIMARY KEY, x TINYINT UNSIGNED CHECK (x > 250));', 10)['x']).toMatchObject({ min: 251, max: 255 });
  });

  it('a unique TINYINT uses the negative values when the positive ones are too few', () => {
    expect(columns('CREATE TABLE t (id INT PRIMARY KEY, c TINYINT UNIQUE);', 100)['c']).toMatchObject({ min: 1, max: 127 });
    expect(columns('CREATE TABLE t (id INT PRIMARY KEY, c TINYINT UNIQUE);', 200)['c']).toMatchObject({ min: -128, max: 127 });
  });

  it('a table at the default row count is kept within its integer keys; an explicit count past them is UNIQUE_CAPACITY', () => {
    expect(planOf(LOOKUP, {}).tables['category']?.rows).toBe(255);
    expect(planOf(LOOKUP, { rows: 100 }).tables['category']?.rows).toBe(100);
    expect(planOf(LOOKUP, {}).tables['product']?.rows).toBe(1000);
    expect(planOf('CREATE TABLE t (id INT PRIMARY KEY, c TINYINT UNIQUE);', { rows: 5000 }).tables['t']?.rows).toBe(256);
    expect(codeOf(() => planOf(LOOKUP, { rowsFor: { category: 256 } }))).toBe('UNIQUE_CAPACITY');
  });

  it('a sequence that would run past its type is UNIQUE_CAPACITY when the plan is checked', () => {
    const schema = parseSchema(LOOKUP, { dialect: 'mysql' }).schema;
    const plan = planFor(schema, { rows: 10 });
    const category = plan.tables['category']!;
    expect(codeOf(() => validatePlan(schema, { ...plan, tables: { ...plan.tables, category: { ...category, rows: 256 } } }))).toBe('UNIQUE_CAPACITY');
    const stepped = { ...category, rows: 200, columns: { ...category.columns, id: { generator: 'sequence', start: 1, step: 2 } } };
    expect(codeOf(() => validatePlan(schema, { ...plan, tables: { ...plan.tables, category: stepped } }))).toBe('UNIQUE_CAPACITY');
  });

  it('a table with one row per parent is kept within that parent\'s rows', () => {
    const ddl = `${LOOKUP}\nCREATE TABLE category_note (id INT PRIMARY KEY, category_id TINYINT UNSIGNED UNIQUE REFERENCES category (id));`;
    expect(planOf(ddl, {}).tables['category_note']?.rows).toBe(255);
  });

  it('an integer column of a composite key is widened only as far as its type', () => {
    const ddl = 'CREATE TABLE t (a INT NOT NULL, line_no TINYINT UNSIGNED NOT NULL, PRIMARY KEY (a, line_no));';
    expect(planOf(ddl, { rows: 1000 }).tables['t']?.columns['line_no']).toMatchObject({ min: 0, max: 255 });
  });

  it('a unique column ordered before another keeps its room for the rows', () => {
    const ddl = 'CREATE TABLE t (id INT PRIMARY KEY, u TINYINT NOT NULL UNIQUE, v TINYINT NOT NULL, CHECK (v >= u));';
    expect(planOf(ddl, { rows: 100 }).tables['t']?.columns['u']).toMatchObject({ min: 1, max: 127, unique: true });
  });

  it('a YEAR column draws years whatever rule its name matches', () => {
    expect(columns('CREATE TABLE t (id INT PRIMARY KEY, grade_year YEAR NOT NULL);', 10)['grade_year']).toMatchObject({ min: 1950, max: 2026 });
  });

  it('a YEAR primary key counts from 1901', () => {
    expect(columns('CREATE TABLE t (fy YEAR PRIMARY KEY);', 10)['fy']).toEqual({ generator: 'sequence', start: 1901, step: 1 });
  });
});
