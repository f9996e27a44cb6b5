import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, type ColumnSpec, type Plan } from '../plan/index.js';
import type { Schema, Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const ORDERS = `CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded');
CREATE TABLE orders (id int PRIMARY KEY, status order_status NOT NULL, ordered_at timestamptz NOT NULL,
  paid_at timestamptz, shipped_at timestamptz, delivered_at timestamptz, cancelled_at timestamptz, refunded_at timestamptz,
  CHECK (shipped_at IS NULL OR shipped_at >= ordered_at));
CREATE TABLE shipments (id int PRIMARY KEY, order_date date NOT NULL, paid_date date, shipped_date date, delivered_date date, canceled_on date);`;

const RESTAURANT_ORDERS = `CREATE TABLE Orders (order_id INT PRIMARY KEY AUTO_INCREMENT, order_date DATETIME DEFAULT CURRENT_TIMESTAMP,
  order_status ENUM('Pending', 'Processing', 'Shipped', 'Delivered', 'Cancelled', 'Refunded') DEFAULT 'Pending',
  note VARCHAR(40) DEFAULT NULL, delivery_address VARCHAR(255));`;

function planOf(ddl: string, rows = 50): { schema: Schema; plan: Plan } {
  const schema = parseSchema(ddl).schema;
  return { schema, plan: planFor(schema, { rows }) };
}
const spec = (plan: Plan, table: string, column: string): ColumnSpec | undefined => plan.tables[table]?.columns[column];
const follows = (plan: Plan, table: string, column: string) => {
  const s = spec(plan, table, column);
  return s?.generator === 'after' ? [s.column, s.minGap, s.maxGap] : undefined;
};

/** Every row of `table` as a record by column name. */
function rowsOf(schema: Schema, plan: Plan, table: string): Record<string, Value>[] {
  const t = generate(schema, plan).tables.find((x) => x.table.name === table);
  if (!t) throw new Error(`no ${table}`);
  const names = t.table.columns.map((c) => c.name);
  return [...t.batches()].flat().map((r) => Object.fromEntries(names.map((n, i) => [n, r[i] ?? null])));
}

/** Rows where both columns hold values and `later` comes before `earlier` (fails when no row holds both). */
function outOfOrder(rows: readonly Record<string, Value>[], earlier: string, later: string): number {
  const both = rows.filter((r) => typeof r[earlier] === 'number' && typeof r[later] === 'number');
  expect(both.length, `rows with ${earlier} and ${later}`).toBeGreaterThan(50);
  return both.filter((r) => (r[later] as number) < (r[earlier] as number)).length;
}

describe("an order's lifecycle timestamps come in order", () => {
  beforeAll(async () => { await loadParsers(); });

  it('chains each stage after the nearest earlier one, with its gap in days', () => {
    const { plan } = planOf(ORDERS);
    expect(follows(plan, 'orders', 'paid_at')).toEqual(['ordered_at', 0, 2]);
    expect(follows(plan, 'orders', 'shipped_at')).toEqual(['paid_at', 0, 5]);
    expect(follows(plan, 'orders', 'delivered_at')).toEqual(['shipped_at', 1, 7]);
    expect(follows(plan, 'orders', 'cancelled_at')).toEqual(['ordered_at', 0, 3]);
    expect(follows(plan, 'shipments', 'shipped_date')).toEqual(['paid_date', 0, 5]);
    expect(follows(plan, 'shipments', 'canceled_on')).toEqual(['order_date', 0, 3]);
  });

  it('has refunded_at follow shipped_at, which a refunded order has, not delivered_at, which it lacks', () => {
    const { plan } = planOf(ORDERS);
    expect(follows(plan, 'orders', 'refunded_at')).toEqual(['shipped_at', 1, 30]);
    expect(spec(plan, 'shipments', 'canceled_on')?.presentWhen).toBeUndefined();
  });

  it('generates rows whose stages are in order and present where their status says', () => {
    const { schema, plan } = planOf(ORDERS, 2000);
    const rows = rowsOf(schema, plan, 'orders');
    const chain = [['ordered_at', 'paid_at'], ['paid_at', 'shipped_at'], ['shipped_at', 'delivered_at'], ['ordered_at', 'cancelled_at'], ['shipped_at', 'refunded_at']] as const;
    for (const [a, b] of chain) expect(outOfOrder(rows, a, b), `${b} before ${a}`).toBe(0);
    const refunded = rows.filter((r) => r.status === 'refunded');
    expect(refunded.length).toBeGreaterThan(100);
    expect(refunded.every((r) => r.refunded_at !== null && r.shipped_at !== null && r.paid_at !== null)).toBe(true);
    expect(rows.filter((r) => r.status === 'cancelled').every((r) => r.cancelled_at !== null)).toBe(true);
    const paidGaps = rows.filter((r) => r.paid_at !== null).map((r) => (r.paid_at as number) - (r.ordered_at as number));
    expect(Math.max(...paidGaps)).toBeLessThanOrEqual(2 * 86_400_000);
  });

  it('keeps DATE stages of a table without a status in order, a stage NULL where the one it follows is', () => {
    const { schema, plan } = planOf(ORDERS, 2000);
    const rows = rowsOf(schema, plan, 'shipments');
    for (const [a, b] of [['order_date', 'paid_date'], ['paid_date', 'shipped_date'], ['shipped_date', 'delivered_date'], ['order_date', 'canceled_on']] as const) {
      expect(outOfOrder(rows, a, b), `${b} before ${a}`).toBe(0);
    }
    expect(rows.filter((r) => r.paid_date === null && r.shipped_date !== null)).toHaveLength(0);
    expect(rows.filter((r) => r.delivered_date !== null).length).toBeGreaterThan(1200);
  });
});

describe('a non-NULL DEFAULT makes NULLs rare', () => {
  beforeAll(async () => { await loadParsers(); });

  it('gives defaulted nullable columns a 1 % null rate, DEFAULT NULL and plain columns the usual 10 %', () => {
    const { plan } = planOf(RESTAURANT_ORDERS);
    expect(spec(plan, 'Orders', 'order_date')?.nullRate).toBe(0.01);
    expect(spec(plan, 'Orders', 'order_status')?.nullRate).toBe(0.01);
    expect(spec(plan, 'Orders', 'note')?.nullRate).toBe(0.1);
    expect(spec(plan, 'Orders', 'delivery_address')?.nullRate).toBe(0.1);
  });

  it('leaves order_date empty on few rows', () => {
    const { schema, plan } = planOf(RESTAURANT_ORDERS, 4000);
    const empty = rowsOf(schema, plan, 'Orders').filter((r) => r.order_date === null).length;
    expect(empty).toBeGreaterThan(0);
    expect(empty).toBeLessThan(100);
  });

  it('starts a NOT NULL stage after the latest a nullable stage it passes over can be (before: paid after shipped on 180 of 1,000 rows)', () => {
    const ddl = `CREATE TABLE orders (id int PRIMARY KEY, ordered_at timestamp NOT NULL, paid_at timestamp, shipped_at timestamp NOT NULL, delivered_at timestamp);
      CREATE TABLE parcels (id int PRIMARY KEY, created_at timestamp NOT NULL, paid_at timestamp NULL, shipped_at timestamp NULL, delivered_at timestamp NOT NULL);`;
    const { schema, plan } = planOf(ddl, 2000);
    expect(follows(plan, 'orders', 'shipped_at')).toEqual(['ordered_at', 2, 7]);
    expect(follows(plan, 'parcels', 'delivered_at')).toEqual(['created_at', 7, 13]);
    const orders = rowsOf(schema, plan, 'orders');
    expect(outOfOrder(orders, 'paid_at', 'shipped_at')).toBe(0);
    expect(outOfOrder(orders, 'shipped_at', 'delivered_at')).toBe(0);
    const parcels = rowsOf(schema, plan, 'parcels');
    expect([outOfOrder(parcels, 'paid_at', 'delivered_at'), outOfOrder(parcels, 'shipped_at', 'delivered_at'), outOfOrder(parcels, 'paid_at', 'shipped_at')]).toEqual([0, 0, 0]);
  });

  it('orders tickets and invoices without a status: resolved then closed after opening, paid then refunded after issue', () => {
    const ddl = `CREATE TABLE tickets (id int PRIMARY KEY, opened_at timestamp NOT NULL, resolved_at timestamp, closed_at timestamp NOT NULL);
      CREATE TABLE invoices (id int PRIMARY KEY, issued_at date NOT NULL, paid_at date, refunded_at date, cancelled_at date);`;
    const { schema, plan } = planOf(ddl, 2000);
    const tickets = rowsOf(schema, plan, 'tickets');
    expect([outOfOrder(tickets, 'opened_at', 'resolved_at'), outOfOrder(tickets, 'resolved_at', 'closed_at'), outOfOrder(tickets, 'opened_at', 'closed_at')]).toEqual([0, 0, 0]);
    const invoices = rowsOf(schema, plan, 'invoices');
    expect([outOfOrder(invoices, 'issued_at', 'paid_at'), outOfOrder(invoices, 'paid_at', 'refunded_at'), outOfOrder(invoices, 'issued_at', 'cancelled_at')]).toEqual([0, 0, 0]);
  });
});
