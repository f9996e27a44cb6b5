import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, type Column, type Expr, type LogicalType, type Schema, type Table } from '../../schema/index.js';

/** A column for hand-built test schemas. */
export function col(name: string, type: LogicalType, nullable = true): Column {
  return { name, type, nullable };
}

export const INT: LogicalType = { kind: 'int', bits: 32 };
export const BIGINT: LogicalType = { kind: 'int', bits: 64 };
export const SMALLINT: LogicalType = { kind: 'int', bits: 16 };
export const TEXT: LogicalType = { kind: 'string', variant: 'text' };
export const DATE: LogicalType = { kind: 'date' };
export const varchar = (length: number): LogicalType => ({ kind: 'string', variant: 'varchar', length });
export const decimal = (precision: number, scale: number): LogicalType => ({ kind: 'decimal', precision, scale });

/** Expression shorthands. */
export const c = (name: string): Expr => ({ kind: 'column', name });
export const lit = (value: string | number | boolean | null): Expr => ({ kind: 'literal', value });
export const bin = (op: Extract<Expr, { kind: 'binary' }>['op'], left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right });

/** A table with defaults for the constraint lists. */
export function table(name: string, columns: Column[], extra: Partial<Omit<Table, 'name' | 'columns'>> = {}): Table {
  return { name, columns, uniques: [], foreignKeys: [], checks: [], ...extra };
}

export function schemaOf(...tables: Table[]): Schema {
  return createSchema({ format: 'rowforge.schema', version: 1, tables });
}

/**
 * users(id PK, email UNIQUE NOT NULL varchar(20), age smallint CHECK age >= 0,
 * status enum, born date) ← orders(id PK, user_id FK nullable, total decimal(8,2) NOT NULL CHECK total >= 0)
 * ← order_items(order_id, line_no) composite PK, FK order_id → orders
 * ← shipments(id, order_id, line_no) composite FK → order_items.
 */
export function shopSchema(): Schema {
  const users = table('users', [
    col('id', INT, false), col('email', varchar(20), false), col('age', SMALLINT),
    col('status', { kind: 'enum', values: ['active', 'banned'] }), col('born', DATE),
  ], {
    primaryKey: { columns: ['id'] },
    uniques: [{ name: 'users_email_key', columns: ['email'] }],
    checks: [{ name: 'age_positive', expr: bin('>=', c('age'), lit(0)), sql: 'age >= 0' }],
  });
  const orders = table('orders', [col('id', INT, false), col('user_id', INT), col('total', decimal(8, 2), false)], {
    primaryKey: { columns: ['id'] },
    foreignKeys: [{ name: 'orders_user_fk', columns: ['user_id'], refTable: 'users', refColumns: ['id'], deferrable: false, initiallyDeferred: false }],
    checks: [{ name: 'total_nonneg', expr: bin('>=', c('total'), lit(0)), sql: 'total >= 0' }],
  });
  const items = table('order_items', [col('order_id', INT, false), col('line_no', SMALLINT, false), col('sku', TEXT)], {
    primaryKey: { columns: ['order_id', 'line_no'] },
    foreignKeys: [{ name: 'items_order_fk', columns: ['order_id'], refTable: 'orders', refColumns: ['id'], deferrable: false, initiallyDeferred: false }],
  });
  const shipments = table('shipments', [col('id', INT, false), col('order_id', INT), col('line_no', SMALLINT)], {
    primaryKey: { columns: ['id'] },
    foreignKeys: [{
      name: 'ship_item_fk', columns: ['order_id', 'line_no'], refTable: 'order_items', refColumns: ['order_id', 'line_no'],
      deferrable: false, initiallyDeferred: false,
    }],
  });
  return schemaOf(users, orders, items, shipments);
}

/** Clean CSV contents for `shopSchema()`. */
export function shopCsv(): Record<string, string> {
  return {
    users: 'id,email,age,status,born\n1,a@x.io,30,active,1990-01-31\n2,b@x.io,,banned,\n3,c@x.io,41,active,2000-02-29\n',
    orders: 'id,user_id,total\n10,1,12.50\n11,1,0.00\n12,,99.99\n',
    order_items: 'order_id,line_no,sku\n10,1,A\n10,2,"B, large"\n11,1,""\n',
    shipments: 'id,order_id,line_no\n1,10,1\n2,10,2\n3,,\n',
  };
}

/** A manifest for the given tables' CSV texts (row counts from the texts). */
export function manifestFor(files: Record<string, string>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const names = Object.keys(files);
  return {
    format: 'rowforge.manifest', version: 1, generatorVersion: 'test', seed: '1', planHash: 'x',
    target: 'postgres', outputFormat: 'csv', loadOrder: names, deferredForeignKeys: [],
    tables: names.map((n) => ({ name: n, rows: files[n]!.split('\n').filter((l) => l !== '').length - 1, columns: [], file: `${n}.csv` })),
    files: names.map((n) => ({ path: `${n}.csv`, bytes: Buffer.byteLength(files[n]!) })),
    ...extra,
  };
}

/** A temp directory holding `files` (name → contents) and optionally a manifest. */
export function tempDir(files: Record<string, string | Uint8Array>, manifest?: Record<string, unknown>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rowforge-validate-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  if (manifest) writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `shopCsv()` as file names → contents, with overrides per table. */
export function csvFiles(overrides: Record<string, string> = {}): Record<string, string> {
  const texts = { ...shopCsv(), ...overrides };
  return Object.fromEntries(Object.entries(texts).map(([t, text]) => [`${t}.csv`, text]));
}

/** A temp directory with the shop CSVs (with per-table overrides) and a matching manifest. */
export function shopDir(overrides: Record<string, string> = {}, manifestExtra: Record<string, unknown> = {}): { dir: string; cleanup: () => void } {
  const texts = { ...shopCsv(), ...overrides };
  return tempDir(csvFiles(overrides), manifestFor(texts, manifestExtra));
}
