import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import type { Expr } from '../schema/index.js';
import { renderExpr } from '../sinks/sql/render-expr.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows } from '../validation/index.js';
import { columnValues } from './testing/column-values.js';

beforeAll(async () => { await loadParsers(); });

const PAYMENTS = `CREATE TABLE payments (
  id INT PRIMARY KEY,
  amount_cents INT NOT NULL CHECK (amount_cents > 0),
  amount NUMERIC(12,2) NOT NULL,
  CHECK (amount = amount_cents / 100.0)
);`;

const checkOf = (ddl: string, dialect: 'postgres' | 'mysql'): Expr => {
  const check = parseSchema(ddl, { dialect }).schema.tables[0]?.checks.at(-1);
  if (!check) throw new Error('no CHECK');
  return check.expr;
};

describe('a whole number written as a decimal (100.0)', () => {
  it('is read as a decimal by both parsers, and written back with its point (PostgreSQL would truncate amount_cents / 100)', () => {
    for (const dialect of ['postgres', 'mysql'] as const) {
      const expr = checkOf(PAYMENTS.replace('NUMERIC', 'DECIMAL'), dialect);
      expect(expr).toMatchObject({ kind: 'binary', op: '=', right: { kind: 'binary', op: '/', right: { kind: 'literal', value: 100, decimal: true } } });
      expect(renderExpr(expr, 'postgres', (n) => `"${n}"`)).toBe('"amount" = "amount_cents" / 100.0');
    }
    expect(checkOf('CREATE TABLE t (a INT, CHECK (a / 100 > 1));', 'postgres')).toMatchObject({ left: { right: { kind: 'literal', value: 100 } } });
  });

  it('divides a column into a formula, so rows meet the CHECK (generation stopped after 100 redraws)', () => {
    const schema = parseSchema(PAYMENTS, { dialect: 'postgres' }).schema;
    const plan = planFor(schema, { rows: 500 });
    expect(plan.tables['payments']?.columns['amount']).toMatchObject({ generator: 'formula', sum: [{ column: 'amount_cents', factor: 0.01 }] });
    const data = generate(schema, plan);
    const cents = columnValues(data, 'payments', 'amount_cents');
    columnValues(data, 'payments', 'amount').forEach((a, i) => expect(Number(a)).toBe(Number(cents[i]) / 100));
  });

  it('is not integer division in validation (a false violation on every row whose cents are not whole dollars)', () => {
    const schema = parseSchema(PAYMENTS, { dialect: 'postgres' }).schema;
    const report = validateRows(schema, { target: 'postgres', tables: [{ name: 'payments', rows: () => [['1', '77040', '770.40'], ['2', '43208', '432.08']] }] });
    expect(report.violationCount).toBe(0);
    const truncating = parseSchema(PAYMENTS.replace('100.0', '100'), { dialect: 'postgres' }).schema;
    const off = validateRows(truncating, { target: 'postgres', tables: [{ name: 'payments', rows: () => [['1', '77040', '770.40']] }] });
    expect(off.violationCount).toBe(1);
  });

  it('validation rounds as the databases do: ROUND(66.00 * 1.0825, 2) is 71.45 (it reported a violation)', () => {
    const schema = parseSchema('CREATE TABLE invoice (id INT PRIMARY KEY, subtotal DECIMAL(10,2) NOT NULL, total DECIMAL(12,2) NOT NULL, CHECK (total = ROUND(subtotal * 1.0825, 2)));', { dialect: 'postgres' }).schema;
    const report = validateRows(schema, { target: 'postgres', tables: [{ name: 'invoice', rows: () => [['1', '66.00', '71.45']] }] });
    expect(report.violationCount).toBe(0);
  });
});
