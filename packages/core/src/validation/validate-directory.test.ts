import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import { renderSummary } from './report/render-summary.js';
import { ValidationReportSchema, type ValidationReport, type Violation } from './report/validation-report.js';
import { BIGINT, col, manifestFor, schemaOf, shopCsv, shopDir, shopSchema, table, tempDir } from './testing/fixtures.js';
import { validateDirectory } from './validate-directory.js';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length > 0) cleanups.pop()!(); });

async function validate(dir: { dir: string; cleanup: () => void }, expectedRows?: Record<string, number>): Promise<ValidationReport> {
  cleanups.push(dir.cleanup);
  const report = await validateDirectory(dir.dir, shopSchema(), { maxExamples: 3, ...(expectedRows ? { expectedRows } : {}) });
  expect(ValidationReportSchema.parse(report)).toEqual(report);
  return report;
}

const all = (r: ValidationReport): Violation[] => r.tables.flatMap((t) => t.violations);

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e);
}

describe('validateDirectory on CSV output', () => {
  it('passes a clean directory, in manifest load order, with files and counts', async () => {
    const report = await validate(shopDir());
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([]);
    expect(report.tables.map((t) => [t.table, t.file, t.rows, t.expectedRows])).toEqual([
      ['users', 'users.csv', 3, 3], ['orders', 'orders.csv', 3, 3], ['order_items', 'order_items.csv', 3, 3], ['shipments', 'shipments.csv', 3, 3],
    ]);
    const sku = report.tables[2]!.profile.find((p) => p.column === 'sku')!;
    expect(sku).toMatchObject({ nullPercent: 0, distinct: 3, top: [{ value: '', count: 1 }, { value: 'A', count: 1 }, { value: 'B, large', count: 1 }] });
  });

  it('tells NULL (empty field) from the empty string ("")', async () => {
    const report = await validate(shopDir({ users: 'id,email,age,status,born\n1,"",,,\n2,,,,\n' }));
    expect(all(report).filter((v) => v.rule === 'not-null')).toMatchObject([{ column: 'email', row: 2, line: 3, count: 1 }]);
  });

  it('reports row and line of orphans even after a quoted multi-line field', async () => {
    const report = await validate(shopDir({ order_items: 'order_id,line_no,sku\n10,1,"two\nlines"\n77,1,x\n' }, {
      tables: [{ name: 'users', rows: 3 }, { name: 'orders', rows: 3 }, { name: 'order_items', rows: 2 }, { name: 'shipments', rows: 3 }],
    }));
    expect(all(report).map((v) => [v.table, v.rule, v.row, v.line, v.value])).toEqual([
      ['order_items', 'foreign-key-orphan', 2, 4, '77'],
      ['shipments', 'foreign-key-orphan', 2, 3, '10, 2'],
    ]);
  });

  it('checks the row count against the manifest and the caller', async () => {
    const report = await validate(shopDir({}, { tables: [{ name: 'users', rows: 4 }, { name: 'orders', rows: 3 }, { name: 'order_items', rows: 3 }, { name: 'shipments', rows: 3 }] }), { orders: 2 });
    expect(all(report).map((v) => [v.table, v.rule, v.constraint, v.message])).toEqual([
      ['users', 'row-count', 'manifest', 'users has 3 row(s) but the manifest says 4'],
      ['orders', 'row-count', 'expected', 'orders has 3 row(s) but expected 2'],
    ]);
  });

  it('reports a header out of order and still checks columns by name', async () => {
    const report = await validate(shopDir({ orders: 'total,id,user_id\n12.50,10,1\n-1.00,11,1\n99.99,12,\n' }));
    expect(all(report).map((v) => [v.rule, v.row, v.column])).toEqual([['header', undefined, undefined], ['check', 2, 'total']]);
    expect(all(report)[0]?.message).toBe('header columns are out of order or differ in case: expected id, user_id, total; found total, id, user_id');
  });

  it('reports missing and extra header columns', async () => {
    const report = await validate(shopDir({ users: 'id,email,age,status,nickname\n1,a@x.io,1,active,x\n2,b@x.io,,,\n3,c@x.io,,,\n' }));
    expect(all(report).map((v) => v.message)).toEqual([
      'header has no column "born"; its checks are skipped',
      'header has column(s) not in the schema: nickname',
    ]);
  });

  it('reports malformed records as parse violations', async () => {
    const report = await validate(shopDir({ shipments: 'id,order_id,line_no\n1,10,1\n2,10\n3,"10,\n' }, {
      tables: [{ name: 'users', rows: 3 }, { name: 'orders', rows: 3 }, { name: 'order_items', rows: 3 }, { name: 'shipments', rows: 3 }],
    }));
    expect(all(report).map((v) => [v.rule, v.constraint, v.row, v.line])).toEqual([['parse', 'field count', 2, 3], ['parse', 'csv', 3, 4]]);
  });

  it('checks the load order, exempting deferred edges', async () => {
    const texts = shopCsv();
    const order = ['orders', 'users', 'order_items', 'shipments'];
    const bad = await validate(tempDir(csvNames(texts), manifestFor(texts, { loadOrder: order })));
    expect(all(bad)).toMatchObject([{ table: 'orders', rule: 'load-order', constraint: 'orders_user_fk', message: 'manifest loadOrder puts orders before its parent users (orders_user_fk) and the edge is not deferred' }]);
    const deferred = [{ table: 'orders', columns: ['user_id'], refTable: 'users' }];
    const ok = await validate(tempDir(csvNames(texts), manifestFor(texts, { loadOrder: order, deferredForeignKeys: deferred })));
    expect(ok.ok).toBe(true);
    const missing = await validate(tempDir(csvNames(texts), manifestFor(texts, { loadOrder: ['users', 'orders', 'order_items'] })));
    expect(all(missing)).toMatchObject([{ table: 'shipments', rule: 'load-order', message: 'manifest loadOrder does not list shipments' }]);
  });

  it('warns about files whose size differs from the manifest', async () => {
    const texts = shopCsv();
    const manifest = manifestFor(texts);
    (manifest.files as { path: string; bytes: number }[])[0]!.bytes = 1;
    const report = await validate(tempDir(csvNames(texts), manifest));
    expect(report.warnings).toEqual([`users.csv has ${Buffer.byteLength(texts.users!)} bytes; the manifest says 1`]);
  });

  it('validates without a manifest, saying what it could not check', async () => {
    const report = await validate(tempDir(csvNames(shopCsv())));
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual(['no manifest.json: row counts and load order were not checked']);
  });

  it('renders a readable summary', async () => {
    const report = await validate(shopDir({ orders: 'id,user_id,total\n10,1,12.50\n11,9,0.00\n12,,99.99\n' }));
    const text = renderSummary(report);
    expect(text).toContain('✗ invalid: 1 violation in 1 of 4 tables');
    expect(text).toContain('orders [orders.csv]: 3 rows (expected 3) — 1 violation');
    expect(text).toContain('  ✗ foreign-key-orphan orders_user_fk [user_id]: row 2 (line 3): (user_id) = (9) has no matching users (id)');
    expect(text).toContain('  orders(user_id) → users(id): 1 orphan, 33.33% of parent rows referenced');
    expect(renderSummary(await validate(shopDir())).split('\n')[0]).toBe('✓ valid: 4 tables, 12 rows, no violations');
  });
});

function csvNames(texts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).map(([t, s]) => [`${t}.csv`, s]));
}

function jsonManifest(format: 'json' | 'ndjson', rows: Record<string, number>): Record<string, unknown> {
  const names = Object.keys(rows);
  return {
    ...manifestFor({}), outputFormat: format, loadOrder: names,
    tables: names.map((n) => ({ name: n, rows: rows[n], file: `${n}.${format}` })), files: [],
  };
}

describe('validateDirectory on JSON and NDJSON output', () => {
  const users = [
    { id: 1, email: 'a@x.io', age: 30, status: 'active', born: '1990-01-31' },
    { id: 2, email: 'b@x.io', age: null, status: 'banned', born: null },
  ];

  it('reads a JSON array file and checks each object', async () => {
    const files = { 'users.json': JSON.stringify([...users, { id: 2, email: 'c@x.io', age: -1, status: 'gone', born: '2001-02-29', extra: 1 }], null, 1) };
    const report = await validate(tempDir(files, jsonManifest('json', { users: 3 })));
    expect(all(report).map((v) => [v.rule, v.column, v.row])).toEqual([
      ['header', undefined, 3], ['enum', 'status', 3], ['type', 'born', 3], ['check', 'age', 3], ['primary-key-duplicate', 'id', 3],
    ]);
    expect(all(report)[0]?.message).toBe('row 3 (line 16) has key "extra", which is not a column of users');
    expect(report.warnings).toContain('schema table orders is not in the manifest; not validated');
  });

  it('reads NDJSON and reports missing keys and bad lines', async () => {
    const lines = [JSON.stringify(users[0]), '', '{"id": 2, "email": "b@x.io", "status": null, "born": null}', '{"id": 3,', ''].join('\n');
    const report = await validate(tempDir({ 'users.ndjson': lines }, jsonManifest('ndjson', { users: 3 })));
    expect(all(report).map((v) => [v.rule, v.constraint, v.column, v.row, v.line])).toEqual([
      ['header', 'missing key', 'age', 2, 3], ['parse', 'json', undefined, 3, 4],
    ]);
  });

  it('keeps 64-bit integers exact, so near keys are not duplicates', async () => {
    const schema = schemaOf(table('big', [col('id', BIGINT, false)], { primaryKey: { columns: ['id'] } }));
    const dir = tempDirTracked({ 'big.json': '[{"id": 9007199254740993}, {"id": 9007199254740992}, {"id": 9007199254740993}]' }, jsonManifest('json', { big: 3 }));
    const report = await validateDirectory(dir, schema);
    expect(report.tables[0]?.violations).toMatchObject([{ rule: 'primary-key-duplicate', row: 3, value: '9007199254740993', count: 1 }]);
  });
});

function tempDirTracked(files: Record<string, string | Uint8Array>, manifest?: Record<string, unknown>): string {
  const d = tempDir(files, manifest);
  cleanups.push(d.cleanup);
  return d.dir;
}

describe('validateDirectory on ZIP output', () => {
  it('streams the CSVs out of the archive', async () => {
    const texts = { ...shopCsv(), orders: 'id,user_id,total\n10,1,12.50\n11,1,0.00\n12,5,99.99\n' };
    const zip = zipSync(Object.fromEntries(Object.entries(texts).map(([t, s]) => [`${t}.csv`, strToU8(s)])));
    const manifest = { ...manifestFor(texts), outputFormat: 'zip', files: [{ path: 'data.zip', bytes: zip.length }] };
    const report = await validate(tempDir({ 'data.zip': zip }, manifest));
    expect(report.tables.map((t) => t.file)).toEqual(['data.zip:users.csv', 'data.zip:orders.csv', 'data.zip:order_items.csv', 'data.zip:shipments.csv']);
    expect(all(report)).toMatchObject([{ table: 'orders', rule: 'foreign-key-orphan', row: 3, value: '5' }]);
  });

  it('reads stored (uncompressed) entries too', async () => {
    const texts = shopCsv();
    const zip = zipSync(Object.fromEntries(Object.entries(texts).map(([t, s]) => [`${t}.csv`, strToU8(s)])), { level: 0 });
    const report = await validate(tempDir({ 'out.zip': zip }, { ...manifestFor(texts), outputFormat: 'zip', files: [] }));
    expect(report.ok).toBe(true);
  });
});

describe('validateDirectory errors', () => {
  it('refuses SQL output with a USAGE error', async () => {
    const e = await rejection(validateDirectory(tempDirTracked({ 'data.sql': 'INSERT ...' }, { ...manifestFor({}), outputFormat: 'sql' }), shopSchema()));
    expect(isRowforgeError(e, 'USAGE')).toBe(true);
    expect((e as Error).message).toMatch(/validate reads csv, json or ndjson output/);
  });

  it('says when the directory does not exist or the manifest is not one', async () => {
    expect(isRowforgeError(await rejection(validateDirectory('/nonexistent/rowforge-out', shopSchema())), 'FILE_NOT_FOUND')).toBe(true);
    const bad = await rejection(validateDirectory(tempDirTracked({}, { format: 'other' }), shopSchema()));
    expect(isRowforgeError(bad, 'FILE_UNREADABLE')).toBe(true);
    expect((bad as Error).message).toMatch(/is not a Rowforge manifest: at format/);
  });

  it('reports a table file that is missing or empty', async () => {
    const texts = shopCsv();
    const files = csvNames(texts);
    delete files['shipments.csv'];
    files['order_items.csv'] = '';
    const report = await validate(tempDir(files, manifestFor(texts)));
    expect(all(report).map((v) => [v.table, v.rule, v.message])).toEqual([
      ['order_items', 'header', 'order_items: the file is empty (no header row)'],
      ['order_items', 'row-count', 'order_items has 0 row(s) but the manifest says 3'],
      ['shipments', 'parse', 'no file for table shipments (looked for shipments.csv)'],
    ]);
    expect(report.warnings).toEqual(['order_items.csv has 0 bytes; the manifest says 52', 'manifest lists shipments.csv, which is missing']);
  });
});
