import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import { generate } from '../engine/index.js';
import { planFor, validatePlan, type Plan } from '../plan/index.js';
import type { Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows } from '../validation/index.js';

const SHOP = `
CREATE TABLE invoices (
  id INT PRIMARY KEY,
  subtotal NUMERIC(12,2) NOT NULL,
  tax NUMERIC(12,2) NOT NULL,
  shipping NUMERIC(8,2),
  discount_amount NUMERIC(10,2),
  grand_total NUMERIC(12,2) NOT NULL CHECK (grand_total >= 0),
  amount_paid NUMERIC(12,2)
);
CREATE TABLE order_items (
  id INT PRIMARY KEY,
  invoice_id INT NOT NULL REFERENCES invoices(id),
  quantity INT NOT NULL CHECK (quantity > 0),
  unit_price NUMERIC(10,2) NOT NULL,
  line_total NUMERIC(12,2) NOT NULL,
  CHECK (line_total = quantity * unit_price)
);
CREATE TABLE receipts (
  id INT PRIMARY KEY,
  subtotal NUMERIC(10,2) NOT NULL,
  tax NUMERIC(10,2) NOT NULL,
  total NUMERIC(10,2) NOT NULL,
  CHECK (total = subtotal + tax)
);
`;

const ROWS = 2000;
/** A money value in cents, exactly. */
const cents = (v: Value): number => (v === null ? 0 : Math.round(Number(v) * 100));

function planOf(ddl: string): Plan {
  const schema = parseSchema(ddl).schema;
  return planFor(schema, { rows: 50, seed: 5 });
}
const specOf = (plan: Plan, table: string, column: string): unknown => plan.tables[table]?.columns[column];

function run(): { values: (table: string, column: string) => Value[]; plan: Plan; violations: number } {
  const schema = parseSchema(SHOP).schema;
  const plan = planFor(schema, { rows: ROWS, seed: 11 });
  const data = generate(schema, plan);
  const tables = data.tables.map((t) => ({ name: t.table.name, rows: () => [...t.batches()].flat().map((r) => r.map((v) => (v === null ? null : String(v)))) }));
  return { values: (table, column) => columnValues(data, table, column), plan, violations: validateRows(schema, { target: 'postgres', tables }).violationCount };
}

describe('within-row arithmetic (formula)', () => {
  let r: ReturnType<typeof run>;
  beforeAll(async () => { await loadParsers(); r = run(); });

  it('infers line totals, totals, tax, discounts and payments from the names and CHECKs', () => {
    expect(specOf(r.plan, 'order_items', 'line_total')).toEqual({ generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }] });
    expect(specOf(r.plan, 'invoices', 'grand_total')).toEqual({ generator: 'formula', sum: [{ column: 'subtotal' }, { column: 'tax' }, { column: 'shipping' }, { column: 'discount_amount', minus: true }] });
    expect(specOf(r.plan, 'invoices', 'tax')).toMatchObject({ generator: 'formula', of: 'subtotal' });
    expect(specOf(r.plan, 'invoices', 'discount_amount')).toMatchObject({ generator: 'formula', of: 'subtotal', zeroRate: 0.5 });
    expect(specOf(r.plan, 'invoices', 'amount_paid')).toMatchObject({ generator: 'formula', of: 'grand_total', wholeRate: 0.75 });
    expect(specOf(r.plan, 'receipts', 'total')).toEqual({ generator: 'formula', sum: [{ column: 'subtotal' }, { column: 'tax' }] });
  });

  it('keeps the arithmetic on every one of 2,000 rows, with no violations', () => {
    const v = (t: string, c: string): number[] => r.values(t, c).map(cents);
    const [q, price, line] = [r.values('order_items', 'quantity').map(Number), v('order_items', 'unit_price'), v('order_items', 'line_total')];
    expect(line.every((l, i) => l === (q[i] as number) * (price[i] as number))).toBe(true);
    const [sub, tax, ship, disc, total] = ['subtotal', 'tax', 'shipping', 'discount_amount', 'grand_total'].map((c) => v('invoices', c));
    expect(total?.every((t, i) => t === (sub?.[i] ?? 0) + (tax?.[i] ?? 0) + (ship?.[i] ?? 0) - (disc?.[i] ?? 0))).toBe(true);
    expect(tax?.every((t, i) => t >= 0.05 * (sub?.[i] ?? 0) - 1 && t <= 0.1 * (sub?.[i] ?? 0))).toBe(true);
    const [rs, rt, rtotal] = ['subtotal', 'tax', 'total'].map((c) => v('receipts', c));
    expect(rtotal?.every((t, i) => t === (rs?.[i] ?? 0) + (rt?.[i] ?? 0))).toBe(true);
    expect(line).toHaveLength(ROWS);
    expect(r.violations).toBe(0);
  });

  it('pays at most what is due: mostly all of it, sometimes none or part', () => {
    const due = r.values('invoices', 'grand_total').map(cents);
    const paid = r.values('invoices', 'amount_paid');
    const given = paid.flatMap((p, i) => (p === null ? [] : [[cents(p), due[i] as number] as const]));
    expect(given.every(([p, d]) => p <= d && p >= 0)).toBe(true);
    const share = (f: (p: number, d: number) => boolean): number => given.filter(([p, d]) => f(p, d)).length / given.length;
    expect(share((p, d) => p === d)).toBeGreaterThan(0.65);
    expect(share((p) => p === 0)).toBeGreaterThan(0.05);
    expect(share((p, d) => p > 0 && p < d)).toBeGreaterThan(0.08);
  });
});

describe('formula inference', () => {
  beforeAll(async () => { await loadParsers(); });

  it('takes a discount rate off and keeps the operands small enough for the line total\'s type', () => {
    const plan = planOf('CREATE TABLE lines (id INT PRIMARY KEY, qty SMALLINT NOT NULL, unit_price NUMERIC(6,2) NOT NULL, discount_pct NUMERIC(5,2) NOT NULL, line_total NUMERIC(5,2) NOT NULL);');
    expect(specOf(plan, 'lines', 'line_total')).toEqual({ generator: 'formula', sum: [{ column: 'qty', times: 'unit_price', lessRate: 'discount_pct', ratePercent: true }] });
    const [qty, price] = [specOf(plan, 'lines', 'qty'), specOf(plan, 'lines', 'unit_price')] as { max: number }[];
    expect((qty?.max ?? 0) * (price?.max ?? 0)).toBeLessThanOrEqual(999.99);
    expect(specOf(plan, 'lines', 'discount_pct')).toMatchObject({ min: 0, max: 30 });
  });

  it('reads a CHECK\'s product with a discount rate, and keeps the rate a fraction', () => {
    const plan = planOf(`CREATE TABLE lines (id INT PRIMARY KEY, quantity INT NOT NULL, price NUMERIC(10,2) NOT NULL, discount_rate NUMERIC(3,2) NOT NULL,
      amount NUMERIC(12,2) NOT NULL, CHECK (amount = quantity * price * (1 - discount_rate)));`);
    expect(specOf(plan, 'lines', 'amount')).toEqual({ generator: 'formula', sum: [{ column: 'quantity', times: 'price', lessRate: 'discount_rate' }] });
    expect(specOf(plan, 'lines', 'discount_rate')).toMatchObject({ min: 0, max: 0.3 });
  });

  it('leaves columns alone that a CHECK computes otherwise, that are keys, whose operands are no numbers or cannot fit the type', () => {
    const pinned = planOf('CREATE TABLE b (id INT PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, tax NUMERIC(10,2) NOT NULL, total NUMERIC(10,2) NOT NULL, CHECK (total = subtotal / tax));');
    expect(specOf(pinned, 'b', 'total')).toMatchObject({ generator: 'number' });
    const keyed = planOf('CREATE TABLE k (id INT PRIMARY KEY, quantity INT NOT NULL, unit_price NUMERIC(10,2) NOT NULL, line_total NUMERIC(12,2) NOT NULL UNIQUE);');
    expect(specOf(keyed, 'k', 'line_total')).toMatchObject({ generator: 'number' });
    const text = planOf('CREATE TABLE t (id INT PRIMARY KEY, quantity VARCHAR(10) NOT NULL, unit_price NUMERIC(10,2) NOT NULL, line_total NUMERIC(12,2) NOT NULL);');
    expect(specOf(text, 't', 'line_total')).toMatchObject({ generator: 'number' });
    const tooDear = planOf('CREATE TABLE l (id INT PRIMARY KEY, quantity INT NOT NULL, unit_price NUMERIC(6,2) NOT NULL CHECK (unit_price >= 100), line_total NUMERIC(5,2) NOT NULL);');
    expect(specOf(tooDear, 'l', 'line_total')).toMatchObject({ generator: 'number' });
    const noPrice = planOf('CREATE TABLE o (id INT PRIMARY KEY, quantity INT NOT NULL, subtotal NUMERIC(10,2) NOT NULL);');
    expect(specOf(noPrice, 'o', 'subtotal')).toMatchObject({ generator: 'number' });
  });

  it('adds tax and takes a discount off quantity × price for a total beside no subtotal, keeping it above 0 (it was the product alone)', () => {
    const ddl = `CREATE TABLE orders (id INT PRIMARY KEY, quantity INT NOT NULL, unit_price NUMERIC(10,2) NOT NULL, tax NUMERIC(10,2) NOT NULL,
  discount NUMERIC(10,2), total NUMERIC(12,2) NOT NULL CHECK (total >= 0));
CREATE TABLE lines (id INT PRIMARY KEY, quantity INT NOT NULL, unit_price NUMERIC(10,2) NOT NULL, tax NUMERIC(10,2) NOT NULL, amount NUMERIC(12,2) NOT NULL);`;
    const plan = planOf(ddl);
    expect(specOf(plan, 'orders', 'total')).toEqual({ generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }, { column: 'tax' }, { column: 'discount', minus: true }] });
    expect(specOf(plan, 'orders', 'discount')).toMatchObject({ generator: 'formula', of: 'unit_price' });
    expect(specOf(plan, 'lines', 'amount')).toEqual({ generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }] });
  });

  it('gives way to a CHECK that orders a payment below a plain total (which then follows it), without a loop', () => {
    const ddl = 'CREATE TABLE p (id INT PRIMARY KEY, total NUMERIC(10,2) NOT NULL, amount_paid NUMERIC(10,2), CHECK (amount_paid <= total));';
    const plan = planOf(ddl);
    expect(specOf(plan, 'p', 'amount_paid')).toMatchObject({ generator: 'number' });
    expect(specOf(plan, 'p', 'total')).toMatchObject({ generator: 'after', column: 'amount_paid' });
    expect(() => validatePlan(parseSchema(ddl).schema, plan)).not.toThrow();
  });

  it('drops a share that its column cannot hold instead of shrinking what it is a share of (a discount held at or below 0 made every subtotal 0.00)', () => {
    const ddl = `CREATE TABLE carts (id INT PRIMARY KEY, subtotal NUMERIC(10,2), tax NUMERIC(10,2),
  discount NUMERIC(10,2) NOT NULL CHECK (discount <= 0), total NUMERIC(10,2) NOT NULL CHECK (total >= 0));
CREATE TABLE orders (id INT PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, tax NUMERIC(10,2) NOT NULL, discount NUMERIC(3,2) NOT NULL, total NUMERIC(12,2) NOT NULL);`;
    const plan = planOf(ddl);
    expect(specOf(plan, 'carts', 'subtotal')).toMatchObject({ generator: 'number', min: 4, max: 180 });
    expect(specOf(plan, 'carts', 'discount')).not.toMatchObject({ generator: 'formula' });
    expect(specOf(plan, 'orders', 'subtotal')).toMatchObject({ generator: 'number', max: 180 });
  });

  it('narrows a price whose least value lies above the room the product leaves, keeping a range (it was one price on every row)', () => {
    const ddl = `CREATE TABLE order_items (id INT PRIMARY KEY, quantity INT NOT NULL CHECK (quantity > 0), price INT NOT NULL, amount NUMERIC(5,2) NOT NULL);`;
    const plan = planOf(ddl);
    expect(specOf(plan, 'order_items', 'amount')).toMatchObject({ generator: 'formula' });
    const spec = specOf(plan, 'order_items', 'price') as { min: number; max: number };
    expect(spec.min).toBeGreaterThanOrEqual(1);
    expect(spec.max).toBeGreaterThan(spec.min * 10);
  });
});
