import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import type { Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows } from '../validation/index.js';

const DDL = `
CREATE TABLE orders (id INT PRIMARY KEY, order_no VARCHAR(12) NOT NULL UNIQUE);
CREATE TABLE invoices (
  id INT PRIMARY KEY,
  order_id INT NOT NULL REFERENCES orders(id),
  invoice_number VARCHAR(20) NOT NULL UNIQUE,
  po_number VARCHAR(8),
  short_ref_no VARCHAR(5)
);
CREATE TABLE receipts (id INT PRIMARY KEY, number VARCHAR(5) NOT NULL UNIQUE, receipt_no INT NOT NULL UNIQUE);
CREATE TABLE tickets (id INT PRIMARY KEY, ticket_number CHAR(3) NOT NULL UNIQUE);
`;

const ROWS = 2000;

/** Every table generated from DDL at ROWS rows, its plan, and each column's values. */
function run(): { values: (table: string, column: string) => Value[]; spec: (table: string, column: string) => unknown; violations: number } {
  const schema = parseSchema(DDL).schema;
  const plan = planFor(schema, { rows: ROWS, seed: 3 });
  const data = generate(schema, plan);
  const tables = data.tables.map((t) => ({ name: t.table.name, rows: () => [...t.batches()].flat().map((r) => r.map((v) => (v === null ? null : String(v)))) }));
  return {
    values: (table, column) => columnValues(data, table, column),
    spec: (table, column) => plan.tables[table]?.columns[column],
    violations: validateRows(schema, { target: 'postgres', tables }).violationCount,
  };
}

describe('document numbers', () => {
  let r: ReturnType<typeof run>;
  beforeAll(async () => { await loadParsers(); r = run(); });

  it('numbers invoices INV-nnnnnn, one after another, each distinct', () => {
    expect(r.spec('invoices', 'invoice_number')).toMatchObject({ generator: 'identifier', kind: 'documentNumber', prefix: 'INV', unique: true });
    const v = r.values('invoices', 'invoice_number').map(String);
    expect(v.every((s) => /^INV-\d{6}$/.test(s))).toBe(true);
    expect(new Set(v).size).toBe(ROWS);
    expect(Number(v[1]?.slice(4)) - Number(v[0]?.slice(4))).toBe(1);
  });

  it('fits the column: orders.order_no whole, a PO number in 8 characters without its hyphen', () => {
    expect(r.values('orders', 'order_no').every((s) => /^ORD-\d{6}$/.test(String(s)))).toBe(true);
    expect(r.values('invoices', 'po_number').filter((s) => s !== null).every((s) => /^PO\d{6}$/.test(String(s)))).toBe(true);
  });

  it('falls back to digits alone in a VARCHAR(5), and to tokens where the rows need more digits than fit', () => {
    const numbers = r.values('receipts', 'number').map(String);
    expect(r.spec('receipts', 'number')).toMatchObject({ kind: 'documentNumber', prefix: 'RCT' });
    expect(numbers.every((s) => /^\d{5}$/.test(s)) && new Set(numbers).size === ROWS).toBe(true);
    const tickets = r.values('tickets', 'ticket_number').map(String);
    expect(tickets.every((s) => s.length === 3)).toBe(true);
    expect(tickets.some((s) => /[A-Z]/.test(s))).toBe(true);
    expect(new Set(tickets).size).toBe(ROWS);
  });

  it('leaves integer document numbers and foreign keys alone, and the data passes validation', () => {
    expect(r.spec('receipts', 'receipt_no')).toMatchObject({ generator: 'int', unique: true });
    expect(r.values('receipts', 'receipt_no').every((v) => typeof v === 'number')).toBe(true);
    expect(r.spec('invoices', 'order_id')).toMatchObject({ generator: 'foreignKey' });
    expect(r.violations).toBe(0);
  });
});
