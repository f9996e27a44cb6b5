import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import { generate } from '../engine/index.js';
import { planFor, type Plan } from '../plan/index.js';
import type { Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows } from '../validation/index.js';

const SCHEMA = `
CREATE TABLE invoices (id SERIAL PRIMARY KEY, status VARCHAR(20) NOT NULL CHECK (status IN ('draft','sent','paid','overdue','void')),
  total NUMERIC(12,2) NOT NULL CHECK (total >= 0), amount_paid NUMERIC(12,2) NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
  amount_due NUMERIC(12,2) NOT NULL CHECK (amount_due >= 0), CHECK (amount_due = total - amount_paid));
CREATE TABLE orders (id SERIAL PRIMARY KEY, quantity INT NOT NULL, unit_price NUMERIC(10,2) NOT NULL, tax NUMERIC(10,2) NOT NULL,
  shipping NUMERIC(8,2) NOT NULL, discount NUMERIC(10,2), total NUMERIC(12,2) NOT NULL CHECK (total >= 0));
CREATE TABLE vat (id SERIAL PRIMARY KEY, net_amount NUMERIC(12,2) NOT NULL, vat_amount NUMERIC(12,2) NOT NULL,
  gross_amount NUMERIC(12,2) NOT NULL, CHECK (gross_amount - net_amount - vat_amount = 0));
`;
const ODD = 'CREATE TABLE odd (id SERIAL PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, total NUMERIC(12,2) NOT NULL, CHECK (total = subtotal * 1.123456));';

const spec = (plan: Plan, table: string, column: string): unknown => plan.tables[table]?.columns[column];

describe('balances, taxes and steps of inferred formulas', () => {
  let plan: Plan;
  let values: (table: string, column: string) => Value[];
  let violations: (table: string) => number;
  beforeAll(async () => {
    await loadParsers();
    const schema = parseSchema(SCHEMA).schema;
    plan = planFor(schema, { rows: 1000, seed: 7 });
    const data = generate(schema, plan);
    values = (t, c) => columnValues(data, t, c);
    const tables = data.tables.map((t) => ({ name: t.table.name, rows: () => [...t.batches()].flat().map((r) => r.map((v) => (v === null ? null : String(v)))) }));
    const result = validateRows(schema, { target: 'postgres', tables });
    violations = (t) => result.tables.find((x) => x.table === t)?.violations.length ?? -1;
  });

  it('computes what is left to pay from the total less the payment, the payment following the status', () => {
    expect(spec(plan, 'invoices', 'amount_due')).toEqual({ generator: 'formula', sum: [{ column: 'total' }, { column: 'amount_paid', minus: true }] });
    expect(spec(plan, 'invoices', 'amount_paid')).toMatchObject({ generator: 'formula', of: 'total', byStatus: { column: 'status', whole: ['paid'] } });
    const [status, total, paid, due] = ['status', 'total', 'amount_paid', 'amount_due'].map((c) => values('invoices', c));
    const paidRows = status!.flatMap((s, i) => (s === 'paid' ? [i] : []));
    expect(paidRows.length).toBeGreaterThan(50);
    expect(paidRows.every((i) => Number(due![i]) === 0 && Number(paid![i]) === Number(total![i]))).toBe(true);
    expect(status!.every((s, i) => !['draft', 'sent', 'void'].includes(String(s)) || Number(paid![i]) === 0)).toBe(true);
    expect(violations('invoices')).toBe(0);
  });

  it('draws a total’s tax as 5–10 % of quantity × unit price where there is no subtotal', () => {
    expect(spec(plan, 'orders', 'tax')).toEqual({ generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }], fraction: { min: 0.05, max: 0.1 } });
    const [q, p, tax] = ['quantity', 'unit_price', 'tax'].map((c) => values('orders', c).map(Number));
    const shares = tax!.map((t, i) => t / (q![i]! * p![i]!));
    expect(shares.every((s) => s >= 0.045 && s <= 0.1)).toBe(true);
    expect(violations('orders')).toBe(0);
  });

  it('reads a net amount as the subtotal its VAT is a share of', () => {
    expect(spec(plan, 'vat', 'vat_amount')).toMatchObject({ generator: 'formula', of: 'net_amount', fraction: { min: 0.05, max: 0.1 } });
    expect(spec(plan, 'vat', 'gross_amount')).toEqual({ generator: 'formula', sum: [{ column: 'net_amount' }, { column: 'vat_amount' }] });
    expect(violations('vat')).toBe(0);
  });

  it('takes no step with only a few multiples in the operand’s range (× 1.123456 would need 156.25)', () => {
    const odd = planFor(parseSchema(ODD).schema, { rows: 10, seed: 7 });
    expect(spec(odd, 'odd', 'total')).toMatchObject({ generator: 'formula', sum: [{ column: 'subtotal', factor: 1.123456 }] });
    expect(spec(odd, 'odd', 'subtotal')).not.toHaveProperty('step');
  });
});
