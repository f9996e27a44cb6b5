import { describe, expect, it } from 'vitest';
import type { Expr } from '../../schema/index.js';
import { daysFromIso } from '../../util/index.js';
import type { SqlValue } from '../values/sql-value.js';
import { checkPasses, evaluateExpr, type EvalContext } from './evaluate-expr.js';
import { NotEvaluableError } from './not-evaluable.js';

const DAY = 86_400_000;
const NOW = daysFromIso('2026-11-24') * DAY + 13 * 3_600_000;
const col = (name: string): Expr => ({ kind: 'column', name });
const lit = (value: string | number): Expr => ({ kind: 'literal', value });
const call = (name: string, ...args: Expr[]): Expr => ({ kind: 'call', name, args });
const cmp = (op: '<=' | '>=' | '=', left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right });
const date = (iso: string): SqlValue => ({ temporal: 'date', value: daysFromIso(iso) });

function ctx(row: Record<string, SqlValue>): EvalContext {
  return {
    column: (name) => { if (!(name in row)) throw new NotEvaluableError(`unknown column "${name}"`); return row[name] ?? null; },
    value: () => null, isInteger: () => false, now: NOW,
  };
}

describe('the validator reads the clock as SQL Server, PostgreSQL and SQLite do', () => {
  it('DATEADD(YEAR, -18, GETDATE()): YEAR is a datepart, not a column (it was "unknown column YEAR")', () => {
    const e = cmp('<=', col('born'), call('dateadd', col('YEAR'), lit(-18), call('getdate')));
    expect(checkPasses(e, ctx({ born: date('2008-11-24') }))).toBe(true);
    expect(checkPasses(e, ctx({ born: date('2008-11-25') }))).toBe(false);
  });

  it('DATEADD by months keeps the day where the month has it, and a date stays a date', () => {
    const jan31 = call('dateadd', col('month'), lit(1), { kind: 'cast', operand: lit('2024-01-31'), to: 'date' });
    expect(evaluateExpr(jan31, ctx({}))).toEqual(date('2024-02-29'));
  });

  it("CURRENT_DATE - interval '18 years' (months and years had not been supported)", () => {
    const e = cmp('<=', col('born'), { kind: 'binary', op: '-', left: call('current_date'), right: lit('18 years') });
    expect(checkPasses(e, ctx({ born: date('2008-11-24') }))).toBe(true);
    expect(checkPasses(e, ctx({ born: date('2009-01-01') }))).toBe(false);
  });

  it("SQLite date('now', '-1 year') and datetime('now') are text", () => {
    expect(evaluateExpr(call('date', lit('now'), lit('-1 year')), ctx({}))).toBe('2025-11-24');
    expect(evaluateExpr(call('datetime', lit('now')), ctx({}))).toBe('2026-11-24 13:00:00');
  });

  it('json_valid and ISJSON (objects and arrays only)', () => {
    const valid = (name: string, v: string | null) => evaluateExpr(call(name, col('j')), ctx({ j: v }));
    expect([valid('json_valid', '{"a":1}'), valid('json_valid', '3'), valid('json_valid', 'hello'), valid('json_valid', null)]).toEqual([1, 1, 0, null]);
    expect([valid('isjson', '[1]'), valid('isjson', '3')]).toEqual([1, 0]);
    expect(checkPasses(cmp('=', call('ISJSON', col('j')), lit(1)), ctx({ j: 'Nice day.' }))).toBe(false);
  });
});
