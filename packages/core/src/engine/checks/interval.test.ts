import { describe, expect, it } from 'vitest';
import type { Expr } from '../../schema/index.js';
import { intervalMs } from '../../util/index.js';
import { evaluable, passes } from './evaluate-check.js';

const col = (name: string): Expr => ({ kind: 'column', name });
const lit = (value: string | number): Expr => ({ kind: 'literal', value });

describe('intervalMs', () => {
  it('reads fixed-length units', () => {
    expect(intervalMs('1 day')).toBe(86_400_000);
    expect(intervalMs('1 hour 30 minutes')).toBe(5_400_000);
    expect(intervalMs(' 2 weeks ')).toBe(1_209_600_000);
  });

  it('leaves months, years and other text alone', () => {
    expect(intervalMs('1 month')).toBeUndefined();
    expect(intervalMs('2 years')).toBeUndefined();
    expect(intervalMs('soon')).toBeUndefined();
    expect(intervalMs('5')).toBeUndefined();
  });

  it("rejects units run together, as PostgreSQL does ('1day2hours' was read by the validator only)", () => {
    expect(intervalMs('1day2hours')).toBeUndefined();
    expect(intervalMs('1day')).toBe(86_400_000);
    expect(intervalMs('1 mins 30 secs')).toBe(90_000);
  });
});

describe('the engine evaluates casts and intervals', () => {
  const ends: Expr = { kind: 'binary', op: '<=', left: col('e'), right: { kind: 'binary', op: '+', left: col('s'), right: lit('1 day') } };
  const row = (values: Record<string, string | number | null>) => (name: string | undefined) => values[name ?? ''] ?? null;

  it("ts <= other + '1 day' (it compared with NaN and failed every row)", () => {
    expect(passes(ends, row({ s: 1.7e12, e: 1.7e12 + 3_600_000 }))).toBe(true);
    expect(passes(ends, row({ s: 1.7e12, e: 1.7e12 + 2 * 86_400_000 }))).toBe(false);
  });

  it('c::int > 500 compares numbers, and text that is no number fails', () => {
    const e: Expr = { kind: 'binary', op: '>', left: { kind: 'cast', operand: col('c'), to: 'int' }, right: lit(500) };
    expect(passes(e, row({ c: '1000' }))).toBe(true);
    expect(passes(e, row({ c: '60' }))).toBe(false);
    expect(passes(e, row({ c: 'abc' }))).toBe(false);
  });

  it('an interval in months cannot be evaluated, so it is reported', () => {
    const months: Expr = { kind: 'binary', op: '+', left: col('s'), right: lit('1 month') };
    expect(evaluable(months)).toBe(false);
    expect(evaluable(ends)).toBe(true);
  });
});
