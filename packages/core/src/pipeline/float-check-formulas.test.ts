import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import { generate } from '../engine/index.js';
import { planFor, type Plan } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

/** CHECK equalities over DOUBLE PRECISION columns: PostgreSQL rejected most rows of the rearranged or distributed forms. */
const SHAPES = `
CREATE TABLE f1 (id INT PRIMARY KEY, subtotal DOUBLE PRECISION NOT NULL, tax DOUBLE PRECISION NOT NULL, total DOUBLE PRECISION NOT NULL, CHECK (total - subtotal = tax));
CREATE TABLE f2 (id INT PRIMARY KEY, subtotal DOUBLE PRECISION NOT NULL, tax DOUBLE PRECISION NOT NULL, total DOUBLE PRECISION NOT NULL, CHECK (total - subtotal - tax = 0));
CREATE TABLE f3 (id INT PRIMARY KEY, subtotal DOUBLE PRECISION NOT NULL, shipping DOUBLE PRECISION NOT NULL, total DOUBLE PRECISION NOT NULL, CHECK (total = (subtotal + shipping) * 1.2));
CREATE TABLE f4 (id INT PRIMARY KEY, quantity INT NOT NULL, unit_price DOUBLE PRECISION NOT NULL, discount_rate DOUBLE PRECISION NOT NULL,
  line_total DOUBLE PRECISION NOT NULL, CHECK (line_total = quantity * unit_price * (1 - discount_rate)));
CREATE TABLE f5 (id INT PRIMARY KEY, subtotal NUMERIC(10,2) NOT NULL, tax DOUBLE PRECISION NOT NULL, total DOUBLE PRECISION NOT NULL, CHECK (total = subtotal + tax));
CREATE TABLE f6 (id INT PRIMARY KEY, subtotal DOUBLE PRECISION NOT NULL, total DOUBLE PRECISION NOT NULL, CHECK (total = subtotal * 1.2 + 5));
CREATE TABLE f7 (id INT PRIMARY KEY, qty INT NOT NULL, price DOUBLE PRECISION NOT NULL, total DOUBLE PRECISION NOT NULL, CHECK (total = qty * price * 1.2));
`;

const spec = (plan: Plan, table: string, column: string): unknown => plan.tables[table]?.columns[column];

describe('CHECK equalities over binary floating point', () => {
  let plan: Plan;
  let values: (table: string, column: string) => number[];
  beforeAll(async () => {
    await loadParsers();
    const schema = parseSchema(SHAPES).schema;
    plan = planFor(schema, { rows: 2000, seed: 5 });
    const data = generate(schema, plan);
    values = (t, c) => columnValues(data, t, c).map(Number);
  });

  it('computes the column alone on its side, in the order the database evaluates the other', () => {
    const diff = { generator: 'formula', sum: [{ column: 'total' }, { column: 'subtotal', minus: true }] };
    expect(spec(plan, 'f1', 'tax')).toEqual(diff);
    expect(spec(plan, 'f2', 'tax')).toEqual(diff);
    expect(spec(plan, 'f4', 'line_total')).toEqual({ generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price', lessRate: 'discount_rate' }] });
    expect(spec(plan, 'f5', 'total')).toMatchObject({ generator: 'formula', sum: [{ column: 'subtotal' }, { column: 'tax' }] });
    expect(spec(plan, 'f6', 'total')).toEqual({ generator: 'formula', sum: [{ column: 'subtotal', factor: 1.2 }], plus: 5 });
  });

  it('guesses no formula the engine would round differently (a distributed factor, a constant after two columns)', () => {
    expect(spec(plan, 'f3', 'total')).not.toMatchObject({ generator: 'formula' });
    expect(spec(plan, 'f7', 'total')).not.toMatchObject({ generator: 'formula' });
  });

  it('holds each equality exactly in doubles, as PostgreSQL compares them', () => {
    const [s1, x1] = [values('f1', 'subtotal'), values('f1', 'tax')];
    expect(values('f1', 'total').every((t, i) => t - s1[i]! === x1[i])).toBe(true);
    const [s2, x2] = [values('f2', 'subtotal'), values('f2', 'tax')];
    expect(values('f2', 'total').every((t, i) => t - s2[i]! - x2[i]! === 0)).toBe(true);
    const [q, p, r] = [values('f4', 'quantity'), values('f4', 'unit_price'), values('f4', 'discount_rate')];
    expect(values('f4', 'line_total').every((l, i) => l === q[i]! * p[i]! * (1 - r[i]!))).toBe(true);
    const s6 = values('f6', 'subtotal');
    expect(values('f6', 'total').every((t, i) => t === s6[i]! * 1.2 + 5)).toBe(true);
    expect(new Set(x1).size).toBeGreaterThan(100);
  });
});
