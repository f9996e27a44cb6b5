import { beforeAll, describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import { generate } from '../engine/index.js';
import { planFor, validatePlan } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

/** A TEXT primary key that a VARCHAR(n) foreign key refers to (before: 36-character UUIDs, "value too long"). */
const accounts = (child: string): string => `CREATE TABLE accounts (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE notes (id SERIAL PRIMARY KEY, account_id ${child} NOT NULL REFERENCES accounts(id), body TEXT);`;

const CHAIN = `CREATE TABLE accounts (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE profiles (account_id VARCHAR(30) PRIMARY KEY REFERENCES accounts(id), bio TEXT);
CREATE TABLE notes (id SERIAL PRIMARY KEY, profile_id VARCHAR(6) NOT NULL REFERENCES profiles(account_id));`;

const COMPOSITE = `CREATE TABLE items (tenant TEXT NOT NULL, code TEXT NOT NULL, label TEXT, PRIMARY KEY (tenant, code));
CREATE TABLE refs (id SERIAL PRIMARY KEY, tenant VARCHAR(50) NOT NULL, code VARCHAR(4) NOT NULL, FOREIGN KEY (tenant, code) REFERENCES items (tenant, code));`;

const CHECKED = `CREATE TABLE accounts (id TEXT PRIMARY KEY CHECK (id LIKE 'AC-%'), code TEXT UNIQUE CHECK (code ~ '^[A-Z]{2}[0-9]+$'));
CREATE TABLE notes (id SERIAL PRIMARY KEY, account_id VARCHAR(6) NOT NULL REFERENCES accounts(id), code VARCHAR(5) REFERENCES accounts(code));`;

const MYSQL = `CREATE TABLE accounts (id VARCHAR(64) PRIMARY KEY, name VARCHAR(100) NOT NULL) ENGINE=InnoDB;
CREATE TABLE notes (id INT AUTO_INCREMENT PRIMARY KEY, account_id VARCHAR(16) NOT NULL, FOREIGN KEY (account_id) REFERENCES accounts(id)) ENGINE=InnoDB;`;

/** Every value of `table.column`, as strings (NULLs left out). */
function values(ddl: string, rows: number, dialect: 'postgres' | 'mysql' = 'postgres'): (table: string, column: string) => string[] {
  const { schema } = parseSchema(ddl, { dialect });
  const data = generate(schema, planFor(schema, { rows, seed: 3 }));
  return (table, column) => columnValues(data, table, column).filter((v) => v !== null).map(String);
}

const longest = (vs: readonly string[]): number => Math.max(...vs.map((v) => v.length));
const distinct = (vs: readonly string[]): number => new Set(vs).size;

describe('string keys that foreign keys copy into narrower columns', () => {
  beforeAll(() => loadParsers());

  it('fits a TEXT key to the VARCHAR(20) column referring to it: unique, and every child value is a parent key', () => {
    const v = values(accounts('VARCHAR(20)'), 200);
    const ids = v('accounts', 'id');
    expect(longest(ids)).toBeLessThanOrEqual(20);
    expect(distinct(ids)).toBe(200);
    const keys = new Set(ids);
    expect(v('notes', 'account_id').every((k) => keys.has(k) && k.length <= 20)).toBe(true);
  });

  it('keeps 100,000 keys distinct within VARCHAR(8)', () => {
    const ids = values(accounts('VARCHAR(8)'), 100_000)('accounts', 'id');
    expect(longest(ids)).toBeLessThanOrEqual(8);
    expect(distinct(ids)).toBe(100_000);
  });

  it('keeps 5,000 keys distinct within VARCHAR(5), shorter than a row token', () => {
    const ids = values(accounts('VARCHAR(5)'), 5000)('accounts', 'id');
    expect(longest(ids)).toBeLessThanOrEqual(5);
    expect(distinct(ids)).toBe(5000);
  });

  it('refuses 10,000 keys in VARCHAR(2) with a typed error naming the narrow column, not bad data', () => {
    const { schema } = parseSchema(accounts('VARCHAR(2)'), { dialect: 'postgres' });
    let error: unknown;
    try { planFor(schema, { rows: 10_000 }); } catch (e) { error = e; }
    expect(isRowforgeError(error) && error.code).toBe('PLAN_CONTRADICTS_SCHEMA');
    expect((error as Error).message).toMatch(/"notes\.account_id" \(varchar\(2\)\).*room for only 1,156 distinct keys/);
  });

  it('follows a chain: a key of a key a VARCHAR(6) column refers to', () => {
    const v = values(CHAIN, 3000);
    expect(longest(v('accounts', 'id'))).toBeLessThanOrEqual(6);
    expect(distinct(v('accounts', 'id'))).toBe(3000);
    expect(longest(v('notes', 'profile_id'))).toBeLessThanOrEqual(6);
  });

  it('fits the columns of a composite key to those of the composite foreign key, the key staying unique', () => {
    const v = values(COMPOSITE, 500);
    const tenants = v('items', 'tenant');
    const codes = v('items', 'code');
    expect(longest(tenants)).toBeLessThanOrEqual(50);
    expect(longest(codes)).toBeLessThanOrEqual(4);
    expect(new Set(tenants.map((t, i) => `${t}\u0000${codes[i] ?? ''}`)).size).toBe(500);
  });

  it("keeps a CHECK's LIKE and regex shapes within the room", () => {
    const v = values(CHECKED, 3000);
    const ids = v('accounts', 'id');
    expect(ids.every((id) => /^AC-[0-9A-Z]+$/.test(id) && id.length <= 6)).toBe(true);
    expect(distinct(ids)).toBe(3000);
    const codes = v('accounts', 'code');
    expect(codes.every((c) => /^[A-Z]{2}[0-9]+$/.test(c) && c.length <= 5)).toBe(true);
    expect(distinct(codes)).toBe(3000);
  });

  it('fits a MySQL VARCHAR(64) key to the VARCHAR(16) column referring to it', () => {
    const v = values(MYSQL, 2000, 'mysql');
    expect(longest(v('accounts', 'id'))).toBeLessThanOrEqual(16);
    expect(distinct(v('accounts', 'id'))).toBe(2000);
    expect(longest(v('notes', 'account_id'))).toBeLessThanOrEqual(16);
  });

  it("refuses a user's plan whose key values do not fit the column referring to them", () => {
    const { schema } = parseSchema(accounts('VARCHAR(20)'), { dialect: 'postgres' });
    const plan = planFor(schema, { rows: 50, seed: 1 }) as { tables: Record<string, { columns: Record<string, unknown> }> };
    const accountsPlan = plan.tables['accounts'];
    if (!accountsPlan) throw new Error('no accounts plan');
    accountsPlan.columns['id'] = { generator: 'uuid' };
    let caught: unknown;
    try { validatePlan(schema, plan); } catch (e) { caught = e; }
    expect(isRowforgeError(caught) && caught.code).toBe('PLAN_CONTRADICTS_SCHEMA');
    expect(String((caught as Error).message)).toMatch(/notes\.account_id.*room for 20/);
    accountsPlan.columns['id'] = { generator: 'email', unique: true };
    expect(() => validatePlan(schema, plan)).toThrow(/makes values of any length but "notes\.account_id"/);
  });

  it('judges a key column that is itself a foreign key by its parent: a TEXT country of a composite key referred to by CHAR(2)', () => {
    const ddl = `CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT);
      CREATE TABLE regions (country TEXT NOT NULL REFERENCES countries (code), region_code TEXT NOT NULL, PRIMARY KEY (country, region_code));
      CREATE TABLE stores (id serial PRIMARY KEY, country CHAR(2) NOT NULL, region_code VARCHAR(3) NOT NULL, FOREIGN KEY (country, region_code) REFERENCES regions (country, region_code));`;
    const v = values(ddl, 300);
    expect(longest(v('stores', 'country'))).toBeLessThanOrEqual(2);
    expect(new Set(v('countries', 'code'))).toEqual(new Set([...v('regions', 'country'), ...v('countries', 'code')]));
  });
});
