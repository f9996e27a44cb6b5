import { describe, expect, it } from 'vitest';
import type { Column, Expr, Table } from '../schema/index.js';
import { checksAllow } from './labels-checks-allow.js';

const col = (name: string): Expr => ({ kind: 'column', name });
const lit = (value: string): Expr => ({ kind: 'literal', value });
const eq = (left: Expr, right: Expr): Expr => ({ kind: 'binary', op: '=', left, right });
const isNull = (operand: Expr, negated = false): Expr => ({ kind: 'isNull', operand, negated });
const column = (name: string): Column => ({ name, type: { kind: 'string', variant: 'varchar', length: 10 }, nullable: true });
const table = (...checks: Expr[]): Table => ({
  name: 't', columns: [column('status'), column('paid_at')], uniques: [], foreignKeys: [], checks: checks.map((expr) => ({ expr, sql: '' })),
});
const [status, paidAt] = [column('status'), column('paid_at')];

describe('checksAllow', () => {
  it('reads an equality of truths: only paid rows have a paid_at, and they must', () => {
    const t = table(eq(eq(col('Status'), lit('paid')), isNull(col('paid_at'), true)));
    expect([checksAllow(t, status, 'paid', paidAt, true), checksAllow(t, status, 'paid', paidAt, false)]).toEqual([true, false]);
    expect([checksAllow(t, status, 'refunded', paidAt, true), checksAllow(t, status, 'refunded', paidAt, false)]).toEqual([false, true]);
  });

  it('reads OR, IN and NOT IN, and lets pass what depends on other columns', () => {
    const inList: Expr = { kind: 'in', operand: col('status'), values: [lit('pending'), lit('cancelled')], negated: false };
    const t = table({ kind: 'binary', op: 'or', left: inList, right: isNull(col('paid_at'), true) });
    expect(checksAllow(t, status, 'shipped', paidAt, false)).toBe(false);
    expect(checksAllow(t, status, 'pending', paidAt, false)).toBe(true);
    const other = table({ kind: 'binary', op: '>=', left: col('paid_at'), right: col('ordered_at') });
    expect(checksAllow(other, status, 'paid', paidAt, true)).toBe(true);
  });
});
