import { describe, expect, it } from 'vitest';
import type { Expr } from '../../schema/index.js';
import { daysFromIso } from '../../util/index.js';
import type { SqlValue } from '../values/sql-value.js';
import { checkPasses, evaluateExpr, type EvalContext } from './evaluate-expr.js';
import { NotEvaluableError } from './not-evaluable.js';

const col = (name: string): Expr => ({ kind: 'column', name });
const lit = (value: string | number): Expr => ({ kind: 'literal', value });
const call = (name: string, ...args: Expr[]): Expr => ({ kind: 'call', name, args });
const between = (operand: Expr, low: number, high: number): Expr => ({ kind: 'between', operand, low: lit(low), high: lit(high), negated: false });
const ts = (iso: string): SqlValue => ({ temporal: 'timestamp', value: Date.parse(`${iso}Z`) });

function ctx(row: Record<string, SqlValue>): EvalContext {
  return {
    column: (name) => { if (!(name in row)) throw new NotEvaluableError(`unknown column "${name}"`); return row[name] ?? null; },
    value: () => null, isInteger: () => false, now: 0,
  };
}

const valueOf = (e: Expr, v: SqlValue): SqlValue => evaluateExpr(e, ctx({ t: v }));

describe('the validator reads parts of dates and times as each database does', () => {
  it('EXTRACT(DOW FROM t) BETWEEN 1 AND 5 (date_part): a Sunday fails, a Monday passes', () => {
    const weekday = between(call('date_part', lit('dow'), col('t')), 1, 5);
    expect(checkPasses(weekday, ctx({ t: ts('2024-06-02 10:00:00') }))).toBe(false);
    expect(checkPasses(weekday, ctx({ t: ts('2024-06-03 10:00:00') }))).toBe(true);
    expect(checkPasses(weekday, ctx({ t: null }))).toBe(true);
  });

  it('EXTRACT(HOUR FROM t) BETWEEN 9 AND 16: 16:59 passes, 17:00 fails', () => {
    const hours = between(call('date_part', lit('hour'), col('t')), 9, 16);
    expect(checkPasses(hours, ctx({ t: ts('2024-06-03 16:59:59') }))).toBe(true);
    expect(checkPasses(hours, ctx({ t: ts('2024-06-03 17:00:00') }))).toBe(false);
  });

  it('reads a date (days) at its midnight and a time (seconds) from midnight', () => {
    expect(valueOf(call('date_part', lit('isodow'), col('t')), { temporal: 'date', value: daysFromIso('2024-06-02') })).toBe(7);
    expect(valueOf(call('date_part', lit('doy'), col('t')), { temporal: 'date', value: daysFromIso('2024-12-31') })).toBe(366);
    expect(valueOf(call('hour', col('t')), { temporal: 'time', value: 17 * 3600 + 30 * 60 })).toBe(17);
    expect(valueOf(call('date_part', lit('minute'), col('t')), { temporal: 'time', value: 17 * 3600 + 30 * 60 })).toBe(30);
  });

  it('MySQL DAYOFWEEK (Sunday = 1), WEEKDAY (Monday = 0), SECOND (whole)', () => {
    const sunday = ts('2024-06-02 08:00:07.5');
    expect([call('dayofweek', col('t')), call('WEEKDAY', col('t')), call('second', col('t'))].map((e) => valueOf(e, sunday))).toEqual([1, 6, 7]);
  });

  it('SQL Server DATEPART(weekday, t) is 1 on a Sunday (DATEFIRST 7); the part is a word, not a column', () => {
    expect(valueOf(call('datepart', col('weekday'), col('t')), ts('2024-06-02 08:00:00'))).toBe(1);
    expect(valueOf(call('DATEPART', col('hh'), col('t')), ts('2024-06-02 08:00:00'))).toBe(8);
  });

  it('leaves what it cannot read to the database: a date part of a time, an unknown field, text', () => {
    expect(() => valueOf(call('date_part', lit('dow'), col('t')), { temporal: 'time', value: 60 })).toThrow(NotEvaluableError);
    expect(() => valueOf(call('date_part', lit('century'), col('t')), ts('2024-06-02 08:00:00'))).toThrow(NotEvaluableError);
    expect(() => valueOf(call('hour', col('t')), '08:00')).toThrow(NotEvaluableError);
  });
});
