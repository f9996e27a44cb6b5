import { describe, expect, it } from 'vitest';
import type { Expr } from '../../schema/index.js';
import { evaluable, passes } from './evaluate-check.js';

const col = (name: string): Expr => ({ kind: 'column', name });
const lit = (value: string | number): Expr => ({ kind: 'literal', value });
const call = (name: string, ...args: Expr[]): Expr => ({ kind: 'call', name, args });
const between = (operand: Expr, low: number, high: number): Expr => ({ kind: 'between', operand, low: lit(low), high: lit(high), negated: false });
const at = (iso: string): number => Date.parse(`${iso}Z`);
const row = (t: number | null) => (name: string | undefined) => (name === 't' ? t : null);

describe('the engine evaluates parts of dates and times (values in ms)', () => {
  it('date_part(\'dow\', t) BETWEEN 1 AND 5: Sunday fails, Monday passes, NULL passes', () => {
    const weekday = between(call('date_part', lit('dow'), col('t')), 1, 5);
    expect(evaluable(weekday)).toBe(true);
    expect(passes(weekday, row(at('2024-06-02T10:00:00')))).toBe(false);
    expect(passes(weekday, row(at('2024-06-03T10:00:00')))).toBe(true);
    expect(passes(weekday, row(null))).toBe(true);
  });

  it('reads SQL Server DATEPART(hour, t) with its part as a word (not a column), and MySQL HOUR of a time of day', () => {
    const office = between(call('DATEPART', col('hour'), col('t')), 9, 16);
    expect(passes(office, row(at('1969-12-31T16:59:59')))).toBe(true);
    expect(passes(office, row(at('1969-12-31T17:00:00')))).toBe(false);
    expect(passes(between(call('HOUR', col('t')), 9, 16), row(8 * 3_600_000))).toBe(false);
    expect(passes(between(call('dayofweek', col('t')), 2, 6), row(at('2024-06-08T10:00:00')))).toBe(false);
  });

  it('leaves fields it does not know to the database (not evaluable)', () => {
    expect(evaluable(between(call('date_part', lit('century'), col('t')), 20, 21))).toBe(false);
    expect(evaluable(between(call('datepart', col('nanosecond'), col('t')), 0, 5))).toBe(false);
    expect(evaluable(between(call('hour', col('t'), col('t')), 0, 5))).toBe(false);
  });
});
