import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../plan/index.js';
import type { Column, LogicalType, Table, Value } from '../../schema/index.js';
import { RowContext } from '../row-context.js';
import { buildCell } from './build-cell.js';
import type { CellEnv } from './cell-env.js';

const money = (precision: number, scale: number): LogicalType => ({ kind: 'decimal', precision, scale });
const int: LogicalType = { kind: 'int', bits: 32 };
const OPERANDS: Column[] = [
  { name: 'quantity', type: int, nullable: true },
  { name: 'unit_price', type: money(10, 2), nullable: true },
  { name: 'discount_rate', type: money(3, 2), nullable: true },
  { name: 'tax', type: money(10, 3), nullable: true },
];

/** Computes the formula for `target` over rows of operand values (in OPERANDS order). */
function run(target: Column, spec: ColumnSpec, rows: readonly (readonly Value[])[]): Value[] {
  const columns = [...OPERANDS, target];
  const table: Table = { name: 't', columns, uniques: [], foreignKeys: [], checks: [] };
  const env: CellEnv = {
    seed: '1', table, column: target, spec, key: 99, rows: rows.length, referenceDay: 20000, locationKey: 1, personKey: 2,
    indexOf: (n) => columns.findIndex((c) => c.name.toLowerCase() === n.toLowerCase()),
  };
  const built = buildCell(env);
  const ctx = new RowContext(columns.length);
  return rows.map((values, row) => {
    ctx.start(row, 0);
    values.forEach((v, i) => { ctx.values[i] = v; });
    return built.fn(ctx);
  });
}

const lineTotal = (type: LogicalType, nullable = false): Column => ({ name: 'line_total', type, nullable });
const product: ColumnSpec = { generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }] };

describe('formulaCell', () => {
  it('multiplies and adds the row\'s columns, rounded half away from zero to the column\'s scale', () => {
    expect(run(lineTotal(money(12, 2)), product, [[3, 19.99, null, null], [7, 0.1, null, null]])).toEqual([59.97, 0.7]);
    const withTax: ColumnSpec = { generator: 'formula', sum: [{ column: 'unit_price' }, { column: 'tax' }] };
    expect(run(lineTotal(money(12, 2)), withTax, [[null, 1.0, null, 0.005], [null, 1.0, null, 0.004], [null, -1.0, null, -0.005]])).toEqual([1.01, 1, -1.01]);
    expect(run(lineTotal(int), withTax, [[null, 2.5, null, 0]])).toEqual([3]);
  });

  it('multiplies by a constant factor, adds a constant and rounds to fewer decimals where the formula says so', () => {
    const vat: ColumnSpec = { generator: 'formula', sum: [{ column: 'unit_price', factor: 1.2 }] };
    expect(run(lineTotal(money(12, 2)), vat, [[null, 20.05, null, null], [null, 0.1, null, null]])).toEqual([24.06, 0.12]);
    const rounded: ColumnSpec = { generator: 'formula', sum: [{ column: 'unit_price', factor: 1.08 }], round: 2 };
    expect(run(lineTotal(money(12, 2)), rounded, [[null, 166.99, null, null], [null, 1.25, null, null]])).toEqual([180.35, 1.35]);
    const whole: ColumnSpec = { ...rounded, round: 0 };
    expect(run(lineTotal(money(12, 2)), whole, [[null, 166.99, null, null]])).toEqual([180]);
    const cents: ColumnSpec = { generator: 'formula', sum: [{ column: 'unit_price', factor: 100 }] };
    expect(run(lineTotal(int), cents, [[null, 115.96, null, null], [null, 0.29, null, null]])).toEqual([11596, 29]);
    const plus: ColumnSpec = { generator: 'formula', sum: [{ column: 'unit_price' }, { column: 'quantity', factor: 2, minus: true }], plus: 5 };
    expect(run(lineTotal(money(12, 2)), plus, [[3, 10.5, null, null]])).toEqual([9.5]);
  });

  it('takes a discount rate (fraction or percent) and a discount amount off', () => {
    const fraction: ColumnSpec = { generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price', lessRate: 'discount_rate' }] };
    const percent: ColumnSpec = { generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price', lessRate: 'discount_rate', ratePercent: true }, { column: 'tax', minus: true }] };
    expect(run(lineTotal(money(12, 2)), fraction, [[4, 10, 0.25, null]])).toEqual([30]);
    expect(run(lineTotal(money(12, 2)), percent, [[4, 10, 25, 1.5]])).toEqual([28.5]);
  });

  it('gives NULL for a NULL operand in a nullable column, and counts it as 0 in a NOT NULL one', () => {
    const row = [[null, 19.99, null, null], [2, null, null, null]];
    expect(run(lineTotal(money(12, 2), true), product, row)).toEqual([null, null]);
    expect(run(lineTotal(money(12, 2)), product, row)).toEqual([0, 0]);
    const rated: ColumnSpec = { generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price', lessRate: 'discount_rate' }] };
    expect(run(lineTotal(money(12, 2)), rated, [[2, 5, null, null]])).toEqual([10]);
  });

  it('draws a share of another column, never more than it, all or none of it at the given rates', () => {
    const spec: ColumnSpec = { generator: 'formula', of: 'unit_price', fraction: { min: 0.2, max: 0.9 }, wholeRate: 0.5, zeroRate: 0.2 };
    const rows = Array.from({ length: 2000 }, (_, i) => [null, 10 + (i % 97) / 100, null, null]);
    const paid = run({ name: 'amount_paid', type: money(12, 2), nullable: false }, spec, rows) as number[];
    const due = rows.map((r) => r[1] as number);
    expect(paid.every((p, i) => p <= (due[i] as number) && p >= 0 && Math.abs(Math.round(p * 100) - p * 100) < 1e-6)).toBe(true);
    const whole = paid.filter((p, i) => p === due[i]).length / paid.length;
    const none = paid.filter((p) => p === 0).length / paid.length;
    expect(whole).toBeGreaterThan(0.45);
    expect(whole).toBeLessThan(0.55);
    expect(none).toBeGreaterThan(0.16);
    expect(none).toBeLessThan(0.24);
    const partial = paid.map((p, i) => p / (due[i] as number)).filter((f) => f > 0 && f < 1);
    expect(partial.length).toBeGreaterThan(400);
    expect(partial.every((f) => f >= 0.199 && f <= 0.9)).toBe(true);
  });

  it('reads its operands as dependencies, so they are computed first', () => {
    const columns = [...OPERANDS, lineTotal(money(12, 2))];
    const table: Table = { name: 't', columns, uniques: [], foreignKeys: [], checks: [] };
    const env: CellEnv = {
      seed: '1', table, column: columns[4] as Column, spec: product, key: 1, rows: 1, referenceDay: 0, locationKey: 1, personKey: 2,
      indexOf: (n) => columns.findIndex((c) => c.name === n),
    };
    expect([...buildCell(env).deps].sort()).toEqual([0, 1]);
  });

  it('follows the row\'s status: all on a paid one, none on a void one, strictly part on a partial one, the mix on others', () => {
    const columns: Column[] = [{ name: 'amount_due', type: money(10, 2), nullable: false }, { name: 'status', type: { kind: 'string', variant: 'varchar', length: 20 }, nullable: true }];
    const target: Column = { name: 'amount_paid', type: money(10, 2), nullable: false };
    const spec: ColumnSpec = {
      generator: 'formula', of: 'amount_due', fraction: { min: 0, max: 1 }, wholeRate: 0.5, zeroRate: 0.2,
      byStatus: { column: 'status', whole: ['paid', 'Refunded'], zero: ['void', 'draft'], part: ['partially_paid'] },
    };
    const all = [...columns, target];
    const table: Table = { name: 't', columns: all, uniques: [], foreignKeys: [], checks: [] };
    const env: CellEnv = { seed: '1', table, column: target, spec, key: 7, rows: 1, referenceDay: 0, locationKey: 1, personKey: 2, indexOf: (n) => all.findIndex((c) => c.name === n) };
    const built = buildCell(env);
    expect([...built.deps].sort()).toEqual([0, 1]);
    const ctx = new RowContext(all.length);
    const at = (row: number, due: number, status: string | null): Value => { ctx.start(row, 0); ctx.values[0] = due; ctx.values[1] = status; return built.fn(ctx); };
    const rows = Array.from({ length: 600 }, (_, i) => i);
    expect(rows.every((i) => at(i, 12.34, 'paid') === 12.34 && at(i, 50, 'Refunded') === 50)).toBe(true);
    expect(rows.every((i) => at(i, 12.34, 'void') === 0 && at(i, 9, 'draft') === 0)).toBe(true);
    expect(rows.every((i) => { const p = at(i, 12.34, 'partially_paid') as number; return p > 0 && p < 12.34; })).toBe(true);
    expect(rows.every((i) => at(i, 0.02, 'partially_paid') === 0.01)).toBe(true);
    const mixed = rows.map((i) => at(i, 10, i % 2 === 0 ? 'open' : null) as number);
    expect(mixed.some((p) => p === 10) && mixed.some((p) => p === 0) && mixed.some((p) => p > 0 && p < 10)).toBe(true);
  });

  it('draws a share of a sum with a fraction, towards zero at the column\'s scale', () => {
    const spec: ColumnSpec = { generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }], fraction: { min: 0.05, max: 0.1 } };
    const rows = Array.from({ length: 200 }, (_, i) => [1 + (i % 9), 17.49, null, null]);
    const out = run(lineTotal(money(12, 2)), spec, rows) as number[];
    expect(out.every((t, i) => t >= Math.trunc(((1 + (i % 9)) * 17.49 * 0.05) * 100) / 100 && t <= (1 + (i % 9)) * 17.49 * 0.1)).toBe(true);
    expect(out.every((t) => Math.round(t * 100) === Number((t * 100).toPrecision(15)))).toBe(true);
    expect(new Set(out).size).toBeGreaterThan(100);
  });
});
