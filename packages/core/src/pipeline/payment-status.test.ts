import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import { isRowforgeError } from '../errors/index.js';
import { generate } from '../engine/index.js';
import { planFor, validatePlan, type Plan } from '../plan/index.js';
import type { Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows } from '../validation/index.js';

const BILLING = `
CREATE TYPE order_status AS ENUM ('Pending', 'Processing', 'Shipped', 'Delivered', 'Cancelled', 'Refunded');
CREATE TABLE invoices (
  id BIGSERIAL PRIMARY KEY,
  invoice_number VARCHAR(20) NOT NULL UNIQUE,
  amount_due NUMERIC(10,2) NOT NULL,
  amount_paid NUMERIC(10,2) NOT NULL DEFAULT 0,
  status VARCHAR(12) NOT NULL CHECK (status IN ('draft','open','paid','void','uncollectible'))
);
CREATE TABLE orders (
  id INT PRIMARY KEY,
  status order_status NOT NULL,
  total_amount NUMERIC(12,2) NOT NULL,
  amount_paid NUMERIC(12,2) NOT NULL
);
CREATE TABLE bills (
  id INT PRIMARY KEY,
  payment_status VARCHAR(20) NOT NULL CHECK (payment_status IN ('unpaid', 'partially_paid', 'paid', 'past_due', 'cancelled')),
  total NUMERIC(8,2) NOT NULL,
  paid_amount NUMERIC(8,2)
);
`;

const ROWS = 2000;
const cents = (v: Value): number => (v === null ? 0 : Math.round(Number(v) * 100));
const specOf = (plan: Plan, table: string, column: string): unknown => plan.tables[table]?.columns[column];
type Rule = 'whole' | 'zero' | 'part';
const RULES: Record<string, Record<string, Rule>> = {
  invoices: { draft: 'zero', open: 'zero', paid: 'whole', void: 'zero' },
  orders: { Pending: 'zero', Processing: 'whole', Shipped: 'whole', Delivered: 'whole', Cancelled: 'zero', Refunded: 'whole' },
  bills: { unpaid: 'zero', partially_paid: 'part', paid: 'whole', past_due: 'part', cancelled: 'zero' },
};
const follows = (rule: Rule | undefined, paid: number, due: number): boolean =>
  rule === 'whole' ? paid === due : rule === 'zero' ? paid === 0 : rule === 'part' && paid > 0 && paid < due;

function run(): { plan: Plan; values: (table: string, column: string) => Value[]; violations: number } {
  const schema = parseSchema(BILLING).schema;
  const plan = planFor(schema, { rows: ROWS, seed: 23 });
  const data = generate(schema, plan);
  const tables = data.tables.map((t) => ({ name: t.table.name, rows: () => [...t.batches()].flat().map((r) => r.map((v) => (v === null ? null : String(v)))) }));
  return { plan, values: (table, column) => columnValues(data, table, column), violations: validateRows(schema, { target: 'postgres', tables }).violationCount };
}

describe('a payment that follows the row\'s status', () => {
  let r: ReturnType<typeof run>;
  beforeAll(async () => { await loadParsers(); r = run(); });

  it('infers which labels pay all, none or part from the lifecycle stages', () => {
    expect(specOf(r.plan, 'invoices', 'amount_paid')).toMatchObject({
      generator: 'formula', of: 'amount_due', byStatus: { column: 'status', whole: ['paid'], zero: ['draft', 'open', 'void'] },
    });
    expect(specOf(r.plan, 'orders', 'amount_paid')).toMatchObject({
      generator: 'formula', of: 'total_amount',
      byStatus: { column: 'status', whole: ['Processing', 'Shipped', 'Delivered', 'Refunded'], zero: ['Pending', 'Cancelled'] },
    });
    expect(specOf(r.plan, 'bills', 'paid_amount')).toMatchObject({
      generator: 'formula', of: 'total',
      byStatus: { column: 'payment_status', whole: ['paid'], zero: ['unpaid', 'cancelled'], part: ['partially_paid', 'past_due'] },
    });
  });

  it('pays every one of 2,000 rows as its status says, with no violations', () => {
    for (const [table, due, paid, status] of [['invoices', 'amount_due', 'amount_paid', 'status'], ['orders', 'total_amount', 'amount_paid', 'status'], ['bills', 'total', 'paid_amount', 'payment_status']] as const) {
      const [d, given, s] = [r.values(table, due).map(cents), r.values(table, paid), r.values(table, status).map(String)];
      const p = given.map(cents);
      // A nullable payment keeps its NULLs (its nullRate), on any status.
      const wrong = s.flatMap((label, i) => (given[i] === null || follows(RULES[table]?.[label], p[i] as number, d[i] as number) ? [] : [`${label}: ${String(p[i])} of ${String(d[i])}`]));
      expect(given.filter((v) => v !== null).length).toBeGreaterThan(ROWS * 0.7);
      expect({ table, wrong: wrong.slice(0, 5) }).toEqual({ table, wrong: [] });
      expect(new Set(s).size).toBe(Object.keys(RULES[table] ?? {}).length);
    }
    expect(r.violations).toBe(0);
  });

  it('keeps the mix where the status says nothing about payment', () => {
    const schema = parseSchema('CREATE TABLE t (id INT PRIMARY KEY, status VARCHAR(10) NOT NULL CHECK (status IN (\'red\', \'blue\')), total NUMERIC(8,2) NOT NULL, amount_paid NUMERIC(8,2) NOT NULL);').schema;
    const spec = specOf(planFor(schema, { rows: 10, seed: 1 }), 't', 'amount_paid');
    expect(spec).toMatchObject({ generator: 'formula', of: 'total', wholeRate: 0.75 });
    expect(spec).not.toHaveProperty('byStatus');
  });

  it('rejects a plan whose share follows an unknown status column', () => {
    const schema = parseSchema(BILLING).schema;
    const plan = structuredClone(r.plan) as { tables: Record<string, { columns: Record<string, Record<string, unknown>> }> };
    const paid = plan.tables.invoices?.columns.amount_paid as Record<string, unknown>;
    paid.byStatus = { column: 'state', whole: ['paid'] };
    const code = ((): string => { try { validatePlan(schema, plan); return 'passed'; } catch (e) { return isRowforgeError(e) ? `${e.code}: ${e.message}` : String(e); } })();
    expect(code).toMatch(/^PLAN_CONTRADICTS_SCHEMA: .*"invoices.amount_paid" follows unknown status column "state"/);
  });
});
