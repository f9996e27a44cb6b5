import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import { isRowforgeError } from '../errors/index.js';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows, type ValidationReport } from '../validation/index.js';

/** The column's values and the validator's report on every table, generated at `rows` rows. */
function run(ddl: string, rows: number, table: string, column: string): { values: unknown[]; report: ValidationReport } {
  const schema = parseSchema(ddl).schema;
  const data = generate(schema, planFor(schema, { rows, seed: 1 }));
  const tables = data.tables.map((t) => ({ name: t.table.name, rows: () => [...t.batches()].flat().map((r) => r.map((v) => (v === null ? null : String(v)))) }));
  return { values: columnValues(data, table, column), report: validateRows(schema, { target: 'postgres', tables }) };
}

/** The error planning `ddl` at `rows` rows throws, if any. */
function planError(ddl: string, rows: number): unknown {
  try { planFor(parseSchema(ddl).schema, { rows }); return undefined; } catch (e) { return e; }
}

const CASES: readonly (readonly [string, string, number, string, string])[] = [
  ['a SKU', 'CREATE TABLE p (id INT PRIMARY KEY, sku VARCHAR(3) UNIQUE NOT NULL);', 35, 'p', 'sku'],
  ['an email', 'CREATE TABLE u (id INT PRIMARY KEY, email VARCHAR(8) UNIQUE NOT NULL);', 200, 'u', 'email'],
  ['a username', 'CREATE TABLE u (id INT PRIMARY KEY, username VARCHAR(4) UNIQUE NOT NULL);', 200, 'u', 'username'],
  ['a state code', 'CREATE TABLE s (id INT PRIMARY KEY, state CHAR(2) UNIQUE NOT NULL);', 1100, 's', 'state'],
  ['a name', 'CREATE TABLE n (id INT PRIMARY KEY, name VARCHAR(3) UNIQUE NOT NULL);', 3000, 'n', 'name'],
  ['a first name', 'CREATE TABLE users (id INT PRIMARY KEY, first_name VARCHAR(2) UNIQUE NOT NULL);', 1156, 'users', 'first_name'],
  ['an ISBN', 'CREATE TABLE b (id INT PRIMARY KEY, isbn VARCHAR(4) UNIQUE NOT NULL);', 500, 'b', 'isbn'],
];

describe('unique text columns shorter than their unique values', () => {
  beforeAll(async () => { await loadParsers(); });

  it.each(CASES)('%s gets distinct values that fit and pass validation (SKUs, emails, usernames and ISBNs cut to the column repeated)', (_, ddl, rows, table, column) => {
    const { values, report } = run(ddl, rows, table, column);
    const max = Number(/\w+ (?:VAR)?CHAR\((\d+)\) UNIQUE/.exec(ddl)?.[1]);
    expect(values).toHaveLength(rows);
    expect(new Set(values).size).toBe(rows);
    expect(values.every((v) => typeof v === 'string' && v.length > 0 && v.length <= max)).toBe(true);
    expect(report.violationCount, JSON.stringify(report.tables.map((t) => t.violations))).toBe(0);
  });

  it('keeps usernames and emails realistic where a distinct one fits: the names cut, never the suffix or the domain', () => {
    const users = run('CREATE TABLE u (id INT PRIMARY KEY, username VARCHAR(4) UNIQUE NOT NULL, email VARCHAR(20) UNIQUE NOT NULL);', 60, 'u', 'username');
    expect(users.values.every((v) => /^[a-z][a-z._]*[0-9]+$/.test(String(v)))).toBe(true);
    expect(new Set(users.values).size).toBe(60);
    const emails = run('CREATE TABLE u (id INT PRIMARY KEY, email VARCHAR(20) UNIQUE NOT NULL);', 1000, 'u', 'email');
    expect(emails.values.every((v) => /^[a-z][a-z._]*[0-9]+@[a-z]+\.[a-z]+$/.test(String(v)) && String(v).length <= 20)).toBe(true);
    expect(new Set(emails.values).size).toBe(1000);
    expect(emails.report.violationCount).toBe(0);
  });

  it('a unique state code past the 51 states gets distinct values, not repeated states', () => {
    const { values, report } = run('CREATE TABLE s (id INT PRIMARY KEY, state CHAR(2) UNIQUE NOT NULL);', 60, 's', 'state');
    expect(new Set(values).size).toBe(60);
    expect(report.violationCount).toBe(0);
  });

  it('a VARCHAR(2) in a composite PRIMARY KEY at 1,157 rows leaves the key to a column with room (it repeated)', () => {
    const withInt = 'CREATE TABLE k (a INT NOT NULL, notes VARCHAR(2) NOT NULL, PRIMARY KEY (a, notes));';
    const plan = planFor(parseSchema(withInt).schema, { rows: 1157 });
    expect(plan.tables['k']?.columns['a']).toMatchObject({ unique: true });
    expect(plan.tables['k']?.columns['notes']).not.toMatchObject({ unique: true });
    expect(run(withInt, 1157, 'k', 'notes').report.violationCount).toBe(0);
    const withText = 'CREATE TABLE k (notes VARCHAR(2) NOT NULL, label VARCHAR(40) NOT NULL, PRIMARY KEY (notes, label));';
    const { values, report } = run(withText, 1157, 'k', 'label');
    expect(new Set(values).size).toBe(1157);
    expect(report.violationCount, JSON.stringify(report.tables.map((t) => t.violations))).toBe(0);
  });

  it('refuses more rows than the column has distinct values for at plan time (UNIQUE_CAPACITY with a hint), never duplicates', () => {
    for (const [ddl, rows, cap] of [
      ['CREATE TABLE s (id INT PRIMARY KEY, state CHAR(2) UNIQUE NOT NULL);', 1157, 1156],
      ['CREATE TABLE p (id INT PRIMARY KEY, sku VARCHAR(2) UNIQUE NOT NULL);', 1157, 1156],
      ['CREATE TABLE u (id INT PRIMARY KEY, email VARCHAR(2) UNIQUE NOT NULL);', 1157, 1156],
      ['CREATE TABLE n (id INT PRIMARY KEY, name VARCHAR(3) UNIQUE NOT NULL);', 39_305, 39_304],
      ['CREATE TABLE k (notes VARCHAR(2) NOT NULL, code CHAR(2) NOT NULL, PRIMARY KEY (notes, code));', 1157, 1156],
    ] as const) {
      const error = planError(ddl, rows);
      expect(isRowforgeError(error) && error.code, ddl).toBe('UNIQUE_CAPACITY');
      expect(String(error)).toMatch(new RegExp(`allow only ${cap} distinct`));
      expect(isRowforgeError(error) && error.details.hint).toMatch(/lower the row count/);
    }
  });
});
