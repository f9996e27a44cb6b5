import { describe, expect, it } from 'vitest';
import type { Expr } from '../../schema/index.js';
import { col as column, table } from '../__tests__/schema-builder.js';
import { passes } from './evaluate-check.js';
import { rowLookup } from './runtime-checks.js';

const col = (name: string): Expr => ({ kind: 'column', name });
const lit = (value: string | number): Expr => ({ kind: 'literal', value });
const cast = (operand: Expr, to: string): Expr => ({ kind: 'cast', operand, to });
type Cell = string | number | boolean | null;
const row = (values: Record<string, Cell>) => (name: string | undefined) => values[name ?? ''] ?? null;

describe('casts to numbers in the engine', () => {
  it('a::int + b::int <= 1 reads booleans as 1 and 0 (they were NaN and failed every row)', () => {
    const sum: Expr = { kind: 'binary', op: '+', left: cast(col('a'), 'int'), right: cast(col('b'), 'int') };
    const e: Expr = { kind: 'binary', op: '<=', left: sum, right: lit(1) };
    expect(passes(e, row({ a: true, b: false }))).toBe(true);
    expect(passes(e, row({ a: false, b: false }))).toBe(true);
    expect(passes(e, row({ a: true, b: true }))).toBe(false);
  });

  it('rounds half away from zero, as PostgreSQL: (-2.5)::int = -3', () => {
    const e: Expr = { kind: 'binary', op: '=', left: cast(col('x'), 'integer'), right: lit(-3) };
    expect(passes(e, row({ x: -2.5 }))).toBe(true);
    expect(passes(e, row({ x: -2.4 }))).toBe(false);
  });

  it('ROUND(x, n) rounds half away from zero, as exact decimals do (a CHECK total = ROUND(subtotal * 1.08, 2) was not evaluated)', () => {
    const round = (x: Expr, n?: number): Expr => ({ kind: 'call', name: 'ROUND', args: n === undefined ? [x] : [x, lit(n)] });
    const e: Expr = { kind: 'binary', op: '=', left: col('total'), right: round({ kind: 'binary', op: '*', left: col('subtotal'), right: lit(1.08) }, 2) };
    expect(passes(e, row({ subtotal: 166.99, total: 180.35 }))).toBe(true);
    expect(passes(e, row({ subtotal: 166.99, total: 180.34 }))).toBe(false);
    expect(passes({ kind: 'binary', op: '=', left: round(col('x')), right: lit(-3) }, row({ x: -2.5 }))).toBe(true);
    expect(passes({ kind: 'binary', op: '=', left: round(col('x'), 2), right: lit(1.01) }, row({ x: 1.005 }))).toBe(true);
  });

  it("text '12.5'::int is an error, so the row fails; ' 12 '::int and '12.5'::numeric pass", () => {
    const asInt: Expr = { kind: 'binary', op: '>', left: cast(col('c'), 'int'), right: lit(0) };
    const asNumeric: Expr = { kind: 'binary', op: '>', left: cast(col('c'), 'numeric(5,1)'), right: lit(0) };
    expect(passes(asInt, row({ c: '12.5' }))).toBe(false);
    expect(passes(asInt, row({ c: ' 12 ' }))).toBe(true);
    expect(passes(asNumeric, row({ c: '12.5' }))).toBe(true);
  });
});

describe('temporal values are read in one unit, whatever their size', () => {
  const col2 = col;
  const t = table('w', [
    column('ts', { kind: 'timestamp', withTimeZone: false }), column('d', { kind: 'date' }), column('at', { kind: 'time' }),
  ]);
  const cmp = (op: string, left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right } as Expr);
  const lookup = (ts: number, d: number, at: number) => rowLookup(t, [ts, d, at]);
  const hour = 3_600_000;

  it("a MySQL TIMESTAMP on 1970-01-02 01:00 (90e6 ms) is no count of days: ts >= '1970-01-03' fails", () => {
    expect(passes(cmp('>=', col2('ts'), lit('1970-01-03')), lookup(25 * hour, 0, 0))).toBe(false);
    expect(passes(cmp('>=', col2('ts'), lit('1970-01-02')), lookup(25 * hour, 0, 0))).toBe(true);
    expect(passes(cmp('<', col2('ts'), lit('1970-01-02 00:30:00')), lookup(25 * hour, 0, 0))).toBe(false);
  });

  it("a timestamp a minute after the epoch adds an interval in ms (it was read as a time's seconds)", () => {
    const plusHour: Expr = { kind: 'binary', op: '+', left: col2('ts'), right: lit('1 hour') };
    expect(passes(cmp('>', plusHour, lit('1970-01-01 01:00:30')), lookup(60_000, 0, 0))).toBe(true);
    expect(passes(cmp('>', plusHour, lit('1970-01-01 01:01:30')), lookup(60_000, 0, 0))).toBe(false);
  });

  it('dates and times compare with their literals and intervals', () => {
    expect(passes(cmp('>', col2('d'), lit('2024-01-01')), lookup(0, 19_724, 0))).toBe(true);
    expect(passes(cmp('<', col2('at'), lit('09:30')), lookup(0, 0, 9 * 3600))).toBe(true);
    expect(passes(cmp('<', { kind: 'binary', op: '+', left: col2('at'), right: lit('1 hour') }, lit('09:30')), lookup(0, 0, 9 * 3600))).toBe(false);
  });
});

describe('decimal arithmetic in the engine', () => {
  it('total = subtotal + tax holds when binary floating point is off in the last digit (it failed and redrew ~20 % of rows)', () => {
    const sum: Expr = { kind: 'binary', op: '+', left: col('subtotal'), right: col('tax') };
    const e: Expr = { kind: 'binary', op: '=', left: col('total'), right: sum };
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(passes(e, row({ subtotal: 0.1, tax: 0.2, total: 0.3 }))).toBe(true);
    expect(passes(e, row({ subtotal: 12.1, tax: 1.26, total: 13.36 }))).toBe(true);
    expect(passes(e, row({ subtotal: 12.1, tax: 1.26, total: 13.37 }))).toBe(false);
    const above: Expr = { kind: 'binary', op: '>', left: col('total'), right: sum };
    expect(passes(above, row({ subtotal: 0.1, tax: 0.2, total: 0.3 }))).toBe(false);
  });

  it('a difference of near-equal decimals is exact, as in SQL (100000.00 − 99999.99 failed `balance = credit − debit`)', () => {
    const diff: Expr = { kind: 'binary', op: '-', left: col('credit'), right: col('debit') };
    const e: Expr = { kind: 'binary', op: '=', left: col('balance'), right: diff };
    expect(100000 - 99999.99).not.toBe(0.01);
    expect(passes(e, row({ credit: 100000, debit: 99999.99, balance: 0.01 }))).toBe(true);
    expect(passes(e, row({ credit: 100000, debit: 99999.99, balance: 0.02 }))).toBe(false);
  });
});
