import { describe, expect, it } from 'vitest';
import type { Dialect, Schema } from '../schema/index.js';
import { ValidationReportSchema, type ValidationReport, type Violation } from './report/validation-report.js';
import { bin, c, col, decimal, INT, lit, schemaOf, shopSchema, table, TEXT, varchar } from './testing/fixtures.js';
import { createRowValidator, validateRows, type TextRow } from './validate-rows.js';

type Rows = Record<string, TextRow[]>;

const CLEAN: Rows = {
  users: [['1', 'a@x.io', '30', 'active', '1990-01-31'], ['2', 'b@x.io', null, 'banned', null], ['3', 'c@x.io', '41', 'active', '2000-02-29']],
  orders: [['10', '1', '12.50'], ['11', '1', '0.00'], ['12', null, '99.99']],
  order_items: [['10', '1', 'A'], ['10', '2', 'B'], ['11', '1', '']],
  shipments: [['1', '10', '1'], ['2', '10', '2'], ['3', null, null]],
};

function run(overrides: Rows = {}, options: { schema?: Schema; target?: Dialect; maxExamples?: number; expectedRows?: Record<string, number> } = {}): ValidationReport {
  const rows = { ...CLEAN, ...overrides };
  const report = validateRows(options.schema ?? shopSchema(), {
    ...(options.target ? { target: options.target } : {}),
    tables: Object.entries(rows).map(([name, r]) => ({ name, rows: () => r })),
  }, { maxExamples: options.maxExamples ?? 5, ...(options.expectedRows ? { expectedRows: options.expectedRows } : {}) });
  expect(ValidationReportSchema.parse(report)).toEqual(report);
  return report;
}

function violations(report: ValidationReport, tableName?: string): Violation[] {
  return report.tables.filter((t) => tableName === undefined || t.table === tableName).flatMap((t) => t.violations);
}

function only(report: ValidationReport, tableName: string): Violation {
  const all = violations(report);
  expect(all.map((v) => `${v.table}:${v.rule}`)).toEqual([`${tableName}:${String(all[0]?.rule)}`]);
  return all[0]!;
}

describe('validateRows on clean data', () => {
  it('is ok with full FK coverage figures and profiles', () => {
    const report = run();
    expect(report.ok).toBe(true);
    expect(report.violationCount).toBe(0);
    expect(report.warnings).toEqual([]);
    expect(report.foreignKeys).toEqual([
      { table: 'orders', constraint: 'orders_user_fk', columns: ['user_id'], refTable: 'users', refColumns: ['id'], checked: 2, coverage: 33.33, orphans: 0 },
      { table: 'order_items', constraint: 'items_order_fk', columns: ['order_id'], refTable: 'orders', refColumns: ['id'], checked: 3, coverage: 66.67, orphans: 0 },
      { table: 'shipments', constraint: 'ship_item_fk', columns: ['order_id', 'line_no'], refTable: 'order_items', refColumns: ['order_id', 'line_no'], checked: 2, coverage: 66.67, orphans: 0 },
    ]);
    const age = report.tables[0]!.profile.find((p) => p.column === 'age')!;
    expect(age).toMatchObject({ nullPercent: 33.3333, distinct: 2, min: '30', max: '41', distinctApproximate: false });
  });
});

describe('one violation per rule', () => {
  it('primary-key-duplicate, with the repeating row and the first one', () => {
    const v = only(run({ users: [...CLEAN.users!, ['1', 'd@x.io', null, null, null]] }), 'users');
    expect(v).toMatchObject({ rule: 'primary-key-duplicate', column: 'id', constraint: 'PRIMARY KEY', row: 4, value: '1', count: 1 });
    expect(v.message).toBe('row 4: duplicate PRIMARY KEY (id) = (1), first seen at row 1');
  });

  it('primary-key-duplicate on a composite key, spelled differently', () => {
    const v = only(run({ order_items: [...CLEAN.order_items!, ['10', '01', 'C']] }), 'order_items');
    expect(v).toMatchObject({ rule: 'primary-key-duplicate', row: 4, value: '10, 01', count: 1 });
    expect(v.column).toBeUndefined();
  });

  it('unique-duplicate', () => {
    const v = only(run({ users: [...CLEAN.users!, ['4', 'a@x.io', null, null, null]] }), 'users');
    expect(v).toMatchObject({ rule: 'unique-duplicate', constraint: 'users_email_key', column: 'email', row: 4, value: 'a@x.io' });
  });

  it('foreign-key-orphan, with row and key', () => {
    const v = only(run({ orders: [...CLEAN.orders!, ['13', '99', '1.00']] }), 'orders');
    expect(v).toMatchObject({ rule: 'foreign-key-orphan', constraint: 'orders_user_fk', column: 'user_id', row: 4, value: '99', count: 1 });
    expect(v.message).toBe('row 4: (user_id) = (99) has no matching users (id)');
  });

  it('foreign-key-orphan on a composite key; a NULL in any FK column is not checked', () => {
    const report = run({ shipments: [...CLEAN.shipments!, ['4', '10', '3'], ['5', '99', null], ['6', null, '1']] });
    const v = only(report, 'shipments');
    expect(v).toMatchObject({ rule: 'foreign-key-orphan', row: 4, value: '10, 3', count: 1 });
    expect(report.foreignKeys.find((f) => f.table === 'shipments')).toMatchObject({ checked: 3, orphans: 1 });
  });

  it('not-null, including primary-key columns', () => {
    const v = only(run({ orders: [['10', '1', null], ['11', '1', '0.00'], ['12', null, '99.99']] }), 'orders');
    expect(v).toMatchObject({ rule: 'not-null', column: 'total', constraint: 'NOT NULL', row: 1 });
    expect(v.value).toBeUndefined();
  });

  it('check: FALSE fails, NULL (UNKNOWN) passes', () => {
    const v = only(run({ users: [['1', 'a@x.io', '-3', 'active', null], ['2', 'b@x.io', null, null, null]] }), 'users');
    expect(v).toMatchObject({ rule: 'check', constraint: 'age_positive', column: 'age', row: 1, value: '-3' });
    expect(v.message).toBe('row 1: CHECK (age >= 0) is false for age=-3');
  });

  it('enum', () => {
    const v = only(run({ users: [['1', 'a@x.io', null, 'deleted', null]] }), 'users');
    expect(v).toMatchObject({ rule: 'enum', column: 'status', row: 1, value: 'deleted' });
  });

  it('type', () => {
    const v = only(run({ users: [['1', 'a@x.io', '40000', null, null]] }), 'users');
    expect(v).toMatchObject({ rule: 'type', column: 'age', row: 1, value: '40000' });
    const born = violations(run({ users: [['1', 'a@x.io', null, null, '2023-02-30']] }))[0];
    expect(born).toMatchObject({ rule: 'type', column: 'born', message: 'row 1: born: "2023-02-30" is not a valid date: day 30 does not exist in 2023-02' });
  });

  it('length', () => {
    const v = only(run({ users: [['1', 'a-very-long-address@example.com', null, null, null]] }), 'users');
    expect(v).toMatchObject({ rule: 'length', column: 'email', row: 1 });
  });

  it('length: not for SQLite, which stores text of any length in a VARCHAR(n)', () => {
    const long = { users: [['1', 'a-very-long-address@example.com', null, null, null]] };
    expect(violations(run(long, { target: 'sqlite' }))).toEqual([]);
    expect(violations(run(long, { target: 'mysql' })).map((v) => v.rule)).toEqual(['length']);
  });

  it('precision', () => {
    const v = only(run({ orders: [['10', '1', '12.505'], ['11', '1', '1234567.00']] }), 'orders');
    expect(v).toMatchObject({ rule: 'precision', column: 'total', row: 1, count: 2 });
    expect(v.examples.map((e) => e.row)).toEqual([1, 2]);
  });

  it('row-count against expected rows', () => {
    const v = only(run({}, { expectedRows: { users: 5 } }), 'users');
    expect(v).toMatchObject({ rule: 'row-count', constraint: 'expected', value: '3', message: 'users has 3 row(s) but expected 5' });
  });

  it('parse: a row with the wrong number of cells is skipped', () => {
    const v = only(run({ order_items: [...CLEAN.order_items!, ['12', '1']] }), 'order_items');
    expect(v).toMatchObject({ rule: 'parse', row: 4 });
  });
});

describe('aggregation and examples', () => {
  it('counts every occurrence but keeps only the first examples', () => {
    const many: TextRow[] = Array.from({ length: 1000 }, (_, i) => [String(i + 1), `u${i}@x.io`, '-1', null, null]);
    const v = only(run({ users: many, orders: [], order_items: [], shipments: [] }, { maxExamples: 3 }), 'users');
    expect(v).toMatchObject({ rule: 'check', count: 1000, row: 1 });
    expect(v.examples.map((e) => e.row)).toEqual([1, 2, 3]);
  });

  it('counts all duplicates of a key and reports examples from a second pass', () => {
    const rows: TextRow[] = Array.from({ length: 50 }, (_, i) => [String(i % 10), `e${i}`, null, null, null]);
    const v = only(run({ users: rows, orders: [], order_items: [], shipments: [] }, { maxExamples: 2 }), 'users');
    expect(v).toMatchObject({ rule: 'primary-key-duplicate', count: 40 });
    expect(v.examples).toHaveLength(2);
  });

  it('reports counts without examples when rows cannot be re-read', () => {
    const v = createRowValidator(shopSchema());
    const users = v.table('users');
    users.row(['1', 'a', null, null, null]); users.row(['1', 'b', null, null, null]); users.end();
    const report = v.finish();
    expect(report.tables[0]?.violations[0]).toMatchObject({ rule: 'primary-key-duplicate', count: 1 });
    expect(report.tables[0]?.violations[0]?.row).toBeUndefined();
  });
});

describe('NULL and dialect semantics', () => {
  const s = schemaOf(table('t', [col('id', INT, false), col('code', varchar(5))], {
    primaryKey: { columns: ['id'] }, uniques: [{ columns: ['code'] }],
  }));
  const rows: TextRow[] = [['1', null], ['2', null], ['3', 'a']];

  it('NULLs never collide in UNIQUE, on any target (SQL Server gets a filtered unique index)', () => {
    for (const target of ['postgres', 'mysql', 'sqlite', 'mssql'] as const) {
      expect(validateRows(s, { target, tables: [{ name: 't', rows: () => rows }] }).ok).toBe(true);
    }
  });

  it('compares text keys with the target collation: exact on PostgreSQL, case/accent-insensitive on MySQL', () => {
    const mixed: TextRow[] = [['1', 'Émile'], ['2', 'emile'], ['3', 'x']];
    expect(validateRows(s, { target: 'postgres', tables: [{ name: 't', rows: () => mixed }] }).ok).toBe(true);
    const mysql = validateRows(s, { target: 'mysql', tables: [{ name: 't', rows: () => mixed }] });
    expect(mysql.tables[0]?.violations).toMatchObject([{ rule: 'unique-duplicate', row: 2, value: 'emile', count: 1 }]);
    const mssql = validateRows(s, { target: 'mssql', tables: [{ name: 't', rows: () => [['1', 'ab '], ['2', 'AB'], ['3', 'ab\u0301']] }] });
    expect(mssql.tables[0]?.violations).toMatchObject([{ rule: 'unique-duplicate', row: 2, count: 1 }]);
  });

});

describe('domains and unevaluable checks', () => {
  const posint = { kind: 'domain' as const, name: 'posint', base: INT, notNull: true, checks: [bin('>', { kind: 'value' }, lit(0))] };
  const s = schemaOf(table('t', [col('n', posint), col('s', TEXT)], {
    checks: [
      { name: 'raw_check', expr: { kind: 'raw', sql: "s ~ '^a'" }, sql: "s ~ '^a'" },
      { name: 'fn_check', expr: bin('=', { kind: 'call', name: 'md5', args: [c('s')] }, lit('x')), sql: "md5(s) = 'x'" },
    ],
  }));

  it('applies domain CHECK and domain NOT NULL', () => {
    const report = validateRows(s, { tables: [{ name: 't', rows: () => [['0', 'a'], [null, 'b'], ['5', 'c']] }] });
    expect(report.tables[0]?.violations).toMatchObject([
      { rule: 'check', constraint: 'posint', column: 'n', row: 1, value: '0' },
      { rule: 'not-null', constraint: 'posint', column: 'n', row: 2 },
    ]);
  });

  it('lists raw SQL and unknown functions once in the warnings, never as violations', () => {
    const report = validateRows(s, { tables: [{ name: 't', rows: () => [['1', 'a'], ['2', 'b']] }] });
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([
      '"t" CHECK raw_check not evaluated: it contains SQL the schema reader could not translate',
      '"t" CHECK fn_check not evaluated: function md5() is not supported by the validator',
    ]);
  });

  it('labels a CHECK with an empty name by its SQL, as the generator does', () => {
    const s2 = schemaOf(table('t', [col('s', TEXT)], { checks: [{ name: '', expr: bin('=', { kind: 'call', name: 'md5', args: [c('s')] }, lit('x')), sql: "md5(s) = 'x'" }] }));
    const report = validateRows(s2, { tables: [{ name: 't', rows: () => [['a']] }] });
    expect(report.warnings).toEqual([`"t" CHECK (md5(s) = 'x') not evaluated: function md5() is not supported by the validator`]);
  });

  it('names the columns of a multi-column CHECK in its message', () => {
    const s2 = schemaOf(table('p', [col('lo', decimal(6, 2)), col('hi', decimal(6, 2))], {
      checks: [{ name: 'lo_le_hi', expr: bin('<=', c('lo'), c('hi')), sql: 'lo <= hi' }],
    }));
    const report = validateRows(s2, { tables: [{ name: 'p', rows: () => [['1.00', '2.00'], ['3.00', '2.50'], [null, '1.00']] }] });
    expect(report.tables[0]?.violations).toMatchObject([{ rule: 'check', row: 2, value: 'lo=3.00, hi=2.50', count: 1 }]);
    expect(report.tables[0]?.violations[0]?.column).toBeUndefined();
  });
});

describe('profiles of large key columns', () => {
  it('take the exact distinct count of a single-column key from its fingerprints', () => {
    const s = schemaOf(table('t', [col('id', INT, false), col('grp', INT)], { primaryKey: { columns: ['id'] } }));
    const rows: TextRow[] = Array.from({ length: 10_000 }, (_, i) => [String(i), String(i % 5000)]);
    const [id, grp] = validateRows(s, { tables: [{ name: 't', rows: () => rows }] }).tables[0]!.profile;
    expect(id).toMatchObject({ distinct: 10_000, distinctApproximate: false, topApproximate: true, min: '0', max: '9999' });
    expect(grp?.distinctApproximate).toBe(true);
    expect(Math.abs(grp!.distinct - 5000)).toBeLessThan(250);
  });
});
