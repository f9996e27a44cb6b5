import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import { generate } from '../engine/index.js';
import { planFor, type Plan } from '../plan/index.js';
import type { Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows } from '../validation/index.js';

/** CHECK equalities in the shapes people write them; before, each stopped generation after 100 redraws (or loaded nothing). */
const SHAPES = `
CREATE TABLE a1 (id INT PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, tax NUMERIC(10,2) NOT NULL, total NUMERIC(12,2) NOT NULL, CHECK (total - subtotal - tax = 0));
CREATE TABLE a2 (id INT PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, tax NUMERIC(10,2) NOT NULL, total NUMERIC(12,2) NOT NULL, CHECK (subtotal + tax = total));
CREATE TABLE a3 (id INT PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, tax NUMERIC(10,2) NOT NULL, total NUMERIC(12,2) NOT NULL, CHECK (subtotal + tax - total = 0));
CREATE TABLE a4 (id INT PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, tax NUMERIC(10,2) NOT NULL, total NUMERIC(12,2) NOT NULL, CHECK (total - subtotal = tax));
CREATE TABLE a5 (id INT PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, tax NUMERIC(10,2) NOT NULL, total NUMERIC(12,2) NOT NULL, CHECK (subtotal = total - tax));
CREATE TABLE b1 (id INT PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, total NUMERIC(12,2) NOT NULL, CHECK (total = subtotal * 1.2));
CREATE TABLE b2 (id INT PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, total NUMERIC(12,2) NOT NULL, CHECK (total = ROUND(subtotal * 1.08, 2)));
CREATE TABLE b3 (id INT PRIMARY KEY, net NUMERIC(10,2) NOT NULL, gross NUMERIC(12,2) NOT NULL, CHECK (gross = net + 5));
CREATE TABLE b4 (id INT PRIMARY KEY, amount NUMERIC(10,2) NOT NULL, amount_cents BIGINT NOT NULL, CHECK (amount_cents = amount * 100));
CREATE TABLE b5 (id INT PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, shipping NUMERIC(8,2) NOT NULL, total NUMERIC(12,2) NOT NULL, CHECK (total = (subtotal + shipping) * 1.2));
CREATE TABLE c1 (id INT PRIMARY KEY, price DECIMAL(10,2) NOT NULL, qty INT NOT NULL, total INT NOT NULL, CHECK (total = price * qty));
CREATE TABLE c2 (id INT PRIMARY KEY, hours DECIMAL(6,2) NOT NULL, rate DECIMAL(8,2) NOT NULL, pay INT NOT NULL, CHECK (pay = hours * rate));
CREATE TABLE c3 (id INT PRIMARY KEY, price NUMERIC(10,2) NOT NULL, total INT NOT NULL, CHECK (total = price * 1.5));
CREATE TABLE c4 (id INT PRIMARY KEY, qty INT NOT NULL, unit_price NUMERIC(10,2) NOT NULL, discount_pct NUMERIC(5,2) NOT NULL,
  line_total NUMERIC(12,2) NOT NULL, CHECK (line_total = qty * unit_price * (1 - discount_pct / 100)));
CREATE TABLE d1 (id INT PRIMARY KEY, quantity INT NOT NULL, unit_price NUMERIC(10,2) NOT NULL, tax NUMERIC(10,2) NOT NULL,
  discount NUMERIC(10,2), total NUMERIC(12,2) NOT NULL CHECK (total >= 0));
`;

const ROWS = 2000;
const spec = (plan: Plan, table: string, column: string): unknown => plan.tables[table]?.columns[column];
/** A value in hundredths, exactly. */
const cents = (v: Value): number => Math.round(Number(v) * 100);

describe('CHECK equalities in any linear form, with constants, rounding and integer results', () => {
  let plan: Plan;
  let values: (table: string, column: string) => Value[];
  let violations: number;
  beforeAll(async () => {
    await loadParsers();
    const schema = parseSchema(SHAPES).schema;
    plan = planFor(schema, { rows: ROWS, seed: 3 });
    const data = generate(schema, plan);
    values = (t, c) => columnValues(data, t, c);
    const tables = data.tables.map((t) => ({ name: t.table.name, rows: () => [...t.batches()].flat().map((r) => r.map((v) => (v === null ? null : String(v)))) }));
    violations = validateRows(schema, { target: 'postgres', tables }).violationCount;
  });

  it('computes the total, whichever side it stands on (a subtotal alone on its side too)', () => {
    const sum = { generator: 'formula', sum: [{ column: 'subtotal' }, { column: 'tax' }] };
    for (const t of ['a1', 'a2', 'a3', 'a4', 'a5']) expect(spec(plan, t, 'total')).toEqual(sum);
    expect(spec(plan, 'a4', 'tax')).toMatchObject({ generator: 'formula', of: 'subtotal' });
  });

  it('reads constant factors and terms and a ROUND of the whole side', () => {
    expect(spec(plan, 'b1', 'total')).toEqual({ generator: 'formula', sum: [{ column: 'subtotal', factor: 1.2 }] });
    expect(spec(plan, 'b2', 'total')).toEqual({ generator: 'formula', sum: [{ column: 'subtotal', factor: 1.08 }], round: 2 });
    expect(spec(plan, 'b3', 'gross')).toEqual({ generator: 'formula', sum: [{ column: 'net' }], plus: 5 });
    expect(spec(plan, 'b4', 'amount_cents')).toEqual({ generator: 'formula', sum: [{ column: 'amount', factor: 100 }] });
    expect(spec(plan, 'b5', 'total')).toEqual({ generator: 'formula', sum: [{ column: 'subtotal', factor: 1.2 }, { column: 'shipping', factor: 1.2 }] });
  });

  it('draws decimal operands on the step that makes the result exact, and no step where none is needed', () => {
    expect(spec(plan, 'b1', 'subtotal')).toMatchObject({ generator: 'number', step: 0.05 });
    expect(spec(plan, 'c1', 'price')).toMatchObject({ generator: 'number', step: 1 });
    expect([spec(plan, 'c2', 'hours'), spec(plan, 'c2', 'rate')]).toMatchObject([{ step: 1 }, { step: 1 }]);
    expect(spec(plan, 'c3', 'price')).toMatchObject({ step: 2 });
    expect([spec(plan, 'c4', 'unit_price'), spec(plan, 'c4', 'discount_pct')]).toMatchObject([{ step: 1 }, { step: 1 }]);
    for (const [t, c] of [['b2', 'subtotal'], ['b3', 'net'], ['b4', 'amount'], ['a1', 'subtotal']]) expect(spec(plan, t as string, c as string)).not.toHaveProperty('step');
  });

  it('keeps every equality exactly on 2,000 rows, with no violations', () => {
    const v = (t: string, c: string): number[] => values(t, c).map(cents);
    const [sub, total] = [v('b1', 'subtotal'), v('b1', 'total')];
    expect(total.every((x, i) => x * 10 === (sub[i] as number) * 12)).toBe(true);
    const [price, qty, whole] = [v('c1', 'price'), values('c1', 'qty').map(Number), values('c1', 'total').map(Number)];
    expect(whole.every((x, i) => x * 100 === (price[i] as number) * (qty[i] as number))).toBe(true);
    expect(new Set(price).size).toBeGreaterThan(10);
    const [a, amountCents] = [v('b4', 'amount'), values('b4', 'amount_cents').map(Number)];
    expect(amountCents.every((x, i) => x === a[i])).toBe(true);
    const net = v('b3', 'net');
    expect(v('b3', 'gross').every((g, i) => g === (net[i] as number) + 500)).toBe(true);
    const [q, p, tax, off, due] = [values('d1', 'quantity').map(Number), v('d1', 'unit_price'), v('d1', 'tax'), v('d1', 'discount'), v('d1', 'total')];
    expect(due.every((x, i) => x === (q[i] as number) * (p[i] as number) + (tax[i] as number) - (off[i] as number) && x > 0)).toBe(true);
    expect(whole).toHaveLength(ROWS);
    expect(violations).toBe(0);
  });
});
