import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, type TablePlan } from '../plan/index.js';
import type { Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

function planOf(ddl: string, table: string): TablePlan {
  const schema = parseSchema(ddl).schema;
  const tp = planFor(schema, { rows: 50 }).tables[table];
  if (!tp) throw new Error(`no ${table}`);
  return tp;
}
const presence = (tp: TablePlan, column: string) => tp.columns[column]?.presentWhen;

const ORDERS = `CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded');
CREATE TABLE orders (id int PRIMARY KEY, status order_status NOT NULL, ordered_at timestamptz NOT NULL,
  paid_at timestamptz, shipped_at timestamptz, delivered_at timestamptz, cancelled_at timestamptz, refunded_at timestamptz, published_at timestamptz, note text);`;

describe('lifecycle timestamps follow the status (inferred presentWhen)', () => {
  beforeAll(async () => { await loadParsers(); });

  it('maps each stage of an order to the statuses at or after it, with no nullRate of its own', () => {
    const tp = planOf(ORDERS, 'orders');
    const on = (values: string[]) => ({ column: 'status', in: values });
    expect(presence(tp, 'paid_at')).toEqual(on(['paid', 'shipped', 'delivered', 'refunded']));
    expect(presence(tp, 'shipped_at')).toEqual(on(['shipped', 'delivered', 'refunded']));
    expect(presence(tp, 'delivered_at')).toEqual(on(['delivered']));
    expect(presence(tp, 'cancelled_at')).toEqual(on(['cancelled']));
    expect(presence(tp, 'refunded_at')).toEqual(on(['refunded']));
    expect(tp.columns.shipped_at?.nullRate).toBeUndefined();
    expect(presence(tp, 'published_at')).toBeUndefined();
    expect(presence(tp, 'ordered_at')).toBeUndefined();
  });

  it("matches MySQL ENUM labels case-insensitively ('Processing' orders are paid) and keeps the labels' case", () => {
    const tp = planOf(`CREATE TABLE Orders (order_id INT PRIMARY KEY AUTO_INCREMENT, order_date DATETIME,
      order_status ENUM('Pending', 'Processing', 'Shipped', 'Delivered', 'Cancelled', 'Refunded') DEFAULT 'Pending',
      paid_at DATETIME NULL, shipped_at DATETIME NULL, canceled_at DATETIME NULL);`, 'Orders');
    expect(presence(tp, 'paid_at')).toEqual({ column: 'order_status', in: ['Processing', 'Shipped', 'Delivered', 'Refunded'] });
    expect(presence(tp, 'shipped_at')).toEqual({ column: 'order_status', in: ['Shipped', 'Delivered', 'Refunded'] });
    expect(presence(tp, 'canceled_at')).toEqual({ column: 'order_status', in: ['Cancelled'] });
  });

  it('reads the labels of a CHECK IN list on a text status (tickets: closed ones were resolved)', () => {
    const tp = planOf(`CREATE TABLE tickets (id int PRIMARY KEY, state varchar(12) NOT NULL CHECK (state IN ('open', 'in_progress', 'resolved', 'closed')),
      opened_at timestamp NOT NULL, resolved_at timestamp, closed_at date);`, 'tickets');
    expect(presence(tp, 'resolved_at')).toEqual({ column: 'state', in: ['resolved', 'closed'] });
    expect(presence(tp, 'closed_at')).toEqual({ column: 'state', in: ['closed'] });
  });

  it.each([
    ['a label it cannot place', `CREATE TABLE o (id int PRIMARY KEY, status text NOT NULL CHECK (status IN ('pending', 'shipped', 'on_hold')), shipped_at timestamp)`],
    ['two status columns', `CREATE TABLE o (id int PRIMARY KEY, status text CHECK (status IN ('pending', 'shipped')), payment_status text CHECK (payment_status IN ('pending', 'paid')), shipped_at timestamp)`],
    ['a status without known labels', 'CREATE TABLE o (id int PRIMARY KEY, status varchar(20) NOT NULL, shipped_at timestamp)'],
    ['a NOT NULL timestamp', `CREATE TABLE o (id int PRIMARY KEY, status text NOT NULL CHECK (status IN ('pending', 'shipped')), shipped_at timestamp NOT NULL)`],
    ['a UNIQUE timestamp', `CREATE TABLE o (id int PRIMARY KEY, status text NOT NULL CHECK (status IN ('pending', 'shipped')), shipped_at timestamp UNIQUE)`],
    ['a status in a key', `CREATE TABLE o (id int, status text NOT NULL CHECK (status IN ('pending', 'shipped')), shipped_at timestamp, PRIMARY KEY (id, status))`],
    ['every label reaching the stage', `CREATE TABLE o (id int PRIMARY KEY, status text NOT NULL CHECK (status IN ('shipped', 'delivered')), shipped_at timestamp)`],
  ])('leaves shipped_at as before with %s', (_, ddl) => {
    const tp = planOf(`${ddl};`, 'o');
    expect(presence(tp, 'shipped_at')).toBeUndefined();
  });

  it("gives a loan's return_date only to returned loans (before: checked-out books had one)", () => {
    const tp = planOf(`CREATE TABLE Book_Loans (loan_id INT PRIMARY KEY AUTO_INCREMENT, loan_date DATETIME NOT NULL, due_date DATE NOT NULL,
      return_date DATETIME, loan_status ENUM('Checked Out', 'Returned', 'Overdue', 'Lost', 'Renewed') DEFAULT 'Checked Out');`, 'Book_Loans');
    expect(presence(tp, 'return_date')).toEqual({ column: 'loan_status', in: ['Returned'] });
    expect(tp.columns['return_date']).toMatchObject({ generator: 'after', column: 'loan_date' });
  });

  it('follows a CHECK that ties a timestamp to the status, so no status vanishes (refunded invoices have no paid_at)', () => {
    const ddl = `CREATE TABLE invoices (id serial PRIMARY KEY, status varchar(10) NOT NULL CHECK (status IN ('draft','paid','refunded','cancelled')),
      created_at timestamp NOT NULL, paid_at timestamp, refunded_at timestamp, CHECK ((status = 'paid') = (paid_at IS NOT NULL)));
      CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');
      CREATE TABLE orders (id serial PRIMARY KEY, status order_status NOT NULL, created_at timestamptz NOT NULL, shipped_at timestamptz,
        CHECK (shipped_at IS NULL OR status = 'shipped'));`;
    expect(presence(planOf(ddl, 'invoices'), 'paid_at')).toEqual({ column: 'status', in: ['paid'] });
    expect(presence(planOf(ddl, 'invoices'), 'refunded_at')).toEqual({ column: 'status', in: ['refunded'] });
    const schema = parseSchema(ddl).schema;
    const data = generate(schema, planFor(schema, { rows: 2000, seed: 2 }));
    const statuses = (table: string): Set<Value> => {
      const t = data.tables.find((x) => x.table.name === table);
      const i = t?.table.columns.findIndex((c) => c.name === 'status') ?? -1;
      return new Set([...(t?.batches() ?? [])].flat().map((r) => r[i] ?? null));
    };
    expect(statuses('invoices')).toEqual(new Set(['draft', 'paid', 'refunded', 'cancelled']));
    expect(presence(planOf(ddl, 'orders'), 'shipped_at')).toEqual({ column: 'status', in: ['shipped'] });
    expect(statuses('orders')).toEqual(new Set(['pending', 'paid', 'shipped', 'delivered', 'cancelled']));
  });

  it('generates rows whose lifecycle timestamps agree with their status', () => {
    const schema = parseSchema(ORDERS).schema;
    const t = generate(schema, planFor(schema, { rows: 1500 })).tables[0]!;
    const names = t.table.columns.map((c) => c.name);
    const rows = [...t.batches()].flat();
    const at = (r: Value[], c: string): Value => r[names.indexOf(c)] ?? null;
    const has = (r: Value[], c: string): boolean => at(r, c) !== null;
    expect(rows.filter((r) => ['pending', 'paid', 'cancelled'].includes(at(r, 'status') as string) && has(r, 'shipped_at'))).toHaveLength(0);
    expect(rows.filter((r) => ['shipped', 'delivered', 'refunded'].includes(at(r, 'status') as string) && !has(r, 'shipped_at'))).toHaveLength(0);
    expect(rows.every((r) => has(r, 'cancelled_at') === (at(r, 'status') === 'cancelled'))).toBe(true);
    expect(rows.every((r) => has(r, 'delivered_at') === (at(r, 'status') === 'delivered'))).toBe(true);
    expect(rows.filter((r) => at(r, 'status') === 'pending' && has(r, 'paid_at'))).toHaveLength(0);
    expect(rows.filter((r) => at(r, 'status') === 'delivered').length).toBeGreaterThan(100);
  });
});
