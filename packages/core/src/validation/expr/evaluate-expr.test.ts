import { describe, expect, it } from 'vitest';
import type { Dialect, Expr } from '../../schema/index.js';
import { bin, c, lit } from '../testing/fixtures.js';
import { parseTimeCell } from '../values/parse-temporal.js';
import type { SqlTemporal, SqlValue } from '../values/sql-value.js';
import { checkPasses, evaluateExpr, type EvalContext } from './evaluate-expr.js';
import { NotEvaluableError } from './not-evaluable.js';

const DAY = 86_400_000;

function ctx(row: Record<string, SqlValue>, options: { target?: Dialect; ints?: string[]; value?: SqlValue } = {}): EvalContext {
  return {
    column: (name) => {
      if (!(name in row)) throw new NotEvaluableError(`unknown column ${name}`);
      return row[name] ?? null;
    },
    value: () => options.value ?? null,
    isInteger: (name) => name !== null && (options.ints ?? []).includes(name),
    now: 20_000 * DAY,
    ...(options.target ? { target: options.target } : {}),
  };
}

const not = (operand: Expr): Expr => ({ kind: 'not', operand });
const call = (name: string, ...args: Expr[]): Expr => ({ kind: 'call', name, args });
const isNull = (operand: Expr, negated = false): Expr => ({ kind: 'isNull', operand, negated });
const inList = (operand: Expr, values: Expr[], negated = false): Expr => ({ kind: 'in', operand, values, negated });
const like = (operand: Expr, pattern: string, negated = false, caseInsensitive = false): Expr => ({ kind: 'like', operand, pattern: lit(pattern), negated, caseInsensitive });
const T = lit(true);
const F = lit(false);
const N = lit(null);

describe('three-valued logic', () => {
  it('AND: FALSE wins over UNKNOWN, UNKNOWN over TRUE', () => {
    const e = ctx({});
    expect(evaluateExpr(bin('and', N, F), e)).toBe(false);
    expect(evaluateExpr(bin('and', F, N), e)).toBe(false);
    expect(evaluateExpr(bin('and', T, N), e)).toBeNull();
    expect(evaluateExpr(bin('and', T, T), e)).toBe(true);
  });

  it('OR: TRUE wins over UNKNOWN, UNKNOWN over FALSE', () => {
    const e = ctx({});
    expect(evaluateExpr(bin('or', N, T), e)).toBe(true);
    expect(evaluateExpr(bin('or', F, N), e)).toBeNull();
    expect(evaluateExpr(bin('or', F, F), e)).toBe(false);
  });

  it('NOT UNKNOWN is UNKNOWN; comparisons with NULL are UNKNOWN', () => {
    expect(evaluateExpr(not(N), ctx({}))).toBeNull();
    expect(evaluateExpr(bin('=', c('a'), lit(1)), ctx({ a: null }))).toBeNull();
    expect(evaluateExpr(bin('=', N, N), ctx({}))).toBeNull();
  });

  it('a CHECK passes on TRUE or UNKNOWN and fails only on FALSE', () => {
    const positive = bin('>', c('qty'), lit(0));
    expect(checkPasses(positive, ctx({ qty: 5 }))).toBe(true);
    expect(checkPasses(positive, ctx({ qty: null }))).toBe(true);
    expect(checkPasses(positive, ctx({ qty: 0 }))).toBe(false);
    expect(checkPasses(not(positive), ctx({ qty: null }))).toBe(true);
  });

  it('IN is UNKNOWN when no match but the list holds NULL; NOT IN likewise', () => {
    const e = ctx({ s: 'x' });
    expect(evaluateExpr(inList(c('s'), [lit('a'), lit('x')]), e)).toBe(true);
    expect(evaluateExpr(inList(c('s'), [lit('a'), N]), e)).toBeNull();
    expect(evaluateExpr(inList(c('s'), [lit('a'), N], true), e)).toBeNull();
    expect(evaluateExpr(inList(c('s'), [lit('a')], true), e)).toBe(true);
    expect(evaluateExpr(inList(c('s'), [lit('x')]), ctx({ s: null }))).toBeNull();
  });

  it('BETWEEN is inclusive and UNKNOWN when a bound is NULL but cannot decide', () => {
    const between = (lo: Expr, hi: Expr, negated = false): Expr => ({ kind: 'between', operand: c('n'), low: lo, high: hi, negated });
    expect(evaluateExpr(between(lit(1), lit(5)), ctx({ n: 5 }))).toBe(true);
    expect(evaluateExpr(between(lit(1), lit(5), true), ctx({ n: 6 }))).toBe(true);
    expect(evaluateExpr(between(N, lit(5)), ctx({ n: 3 }))).toBeNull();
    expect(evaluateExpr(between(N, lit(5)), ctx({ n: 9 }))).toBe(false);
  });

  it('IS NULL and IS NOT NULL are never UNKNOWN', () => {
    expect(evaluateExpr(isNull(c('a')), ctx({ a: null }))).toBe(true);
    expect(evaluateExpr(isNull(c('a'), true), ctx({ a: null }))).toBe(false);
  });
});

describe('comparisons across types', () => {
  it('compares dates with date literals and timestamps', () => {
    const d = { temporal: 'date' as const, value: 19_000 };
    expect(evaluateExpr(bin('>=', c('d'), lit('2022-01-01')), ctx({ d }))).toBe(true);
    expect(evaluateExpr(bin('<', c('d'), lit('2020-01-01')), ctx({ d }))).toBe(false);
    expect(evaluateExpr(bin('<', c('d'), c('t')), ctx({ d, t: { temporal: 'timestamp', value: 19_000 * DAY + 1 } }))).toBe(true);
    expect(evaluateExpr(bin('<=', c('d'), call('current_date')), ctx({ d }))).toBe(true);
  });

  it('compares times with time literals, with or without seconds', () => {
    const t = parseTimeCell('06:30:00') as SqlTemporal;
    expect(evaluateExpr(bin('>=', c('t'), lit('06:00')), ctx({ t }))).toBe(true);
    expect(evaluateExpr(bin('<', c('t'), lit('6:30')), ctx({ t }))).toBe(false);
    expect(evaluateExpr(bin('<', c('t'), lit('17:00:00')), ctx({ t }))).toBe(true);
  });

  it('compares numbers with numeric strings and booleans with 0/1', () => {
    expect(evaluateExpr(bin('=', c('n'), lit('5')), ctx({ n: 5 }))).toBe(true);
    expect(evaluateExpr(bin('=', c('b'), lit(1)), ctx({ b: true }))).toBe(true);
    expect(evaluateExpr(bin('<', lit('abc'), lit('abd')), ctx({}))).toBe(true);
  });

  it('treats decimal arithmetic results within rounding error as equal', () => {
    expect(evaluateExpr(bin('=', bin('+', c('a'), c('b')), c('t')), ctx({ a: 0.1, b: 0.2, t: 0.3 }))).toBe(true);
    expect(evaluateExpr(bin('=', c('a'), lit(9007199254740992)), ctx({ a: 9007199254740990 }))).toBe(false);
  });

  it('computes +, − and × of decimals exactly, as NUMERIC does (cancellation broke the relative tolerance)', () => {
    const row = ctx({ credit: 100000, debit: 99999.99, balance: 0.01, qty: 3, price: 19.99 });
    expect(evaluateExpr(bin('-', c('credit'), c('debit')), row)).toBe(0.01);
    expect(evaluateExpr(bin('=', c('balance'), bin('-', c('credit'), c('debit'))), row)).toBe(true);
    expect(evaluateExpr(bin('*', c('qty'), c('price')), row)).toBe(59.97);
    expect(evaluateExpr(bin('=', lit(0.02), bin('-', c('credit'), c('debit'))), row)).toBe(false);
  });
});

describe('arithmetic, text and functions', () => {
  it('propagates NULL through arithmetic and concatenation', () => {
    expect(evaluateExpr(bin('+', c('a'), lit(1)), ctx({ a: null }))).toBeNull();
    expect(evaluateExpr(bin('||', lit('a'), N), ctx({}))).toBeNull();
    expect(evaluateExpr(bin('||', lit('a'), lit(1)), ctx({}))).toBe('a1');
  });

  it('truncates integer division except on MySQL, and divides by zero to NULL', () => {
    const half = bin('/', c('n'), lit(2));
    expect(evaluateExpr(half, ctx({ n: 7 }, { ints: ['n'] }))).toBe(3);
    expect(evaluateExpr(half, ctx({ n: 7 }, { ints: ['n'], target: 'mysql' }))).toBe(3.5);
    expect(evaluateExpr(half, ctx({ n: 7 }))).toBe(3.5);
    expect(evaluateExpr(bin('/', lit(1), lit(0)), ctx({}))).toBeNull();
    expect(evaluateExpr(bin('%', lit(7), lit(3)), ctx({}))).toBe(1);
    expect(evaluateExpr({ kind: 'negate', operand: lit(4) }, ctx({}))).toBe(-4);
  });

  it('adds days to dates and subtracts dates', () => {
    const d = { temporal: 'date' as const, value: 100 };
    expect(evaluateExpr(bin('+', c('d'), lit(1)), ctx({ d }))).toEqual({ temporal: 'date', value: 101 });
    expect(evaluateExpr(bin('-', c('d'), c('e')), ctx({ d, e: { temporal: 'date', value: 90 } }))).toBe(10);
  });

  it('matches LIKE with % and _ and escapes, case-insensitively for ILIKE', () => {
    expect(evaluateExpr(like(c('s'), 'a_c%'), ctx({ s: 'abcdef' }))).toBe(true);
    expect(evaluateExpr(like(c('s'), 'a_c'), ctx({ s: 'abcd' }))).toBe(false);
    expect(evaluateExpr(like(c('s'), '100\\%'), ctx({ s: '100%' }))).toBe(true);
    expect(evaluateExpr(like(c('s'), '%.com'), ctx({ s: 'xcom' }))).toBe(false);
    expect(evaluateExpr(like(c('s'), 'A%', false, true), ctx({ s: 'abc' }))).toBe(true);
    expect(evaluateExpr(like(c('s'), 'A%', true), ctx({ s: 'abc' }))).toBe(true);
    expect(evaluateExpr(like(c('s'), '%'), ctx({ s: null }))).toBeNull();
  });

  it('supports the common string and number functions', () => {
    const e = ctx({ s: '  Héllo ', n: -2.5 });
    expect(evaluateExpr(call('length', c('s')), e)).toBe(8);
    expect(evaluateExpr(call('length', lit('é')), ctx({}, { target: 'mysql' }))).toBe(2);
    expect(evaluateExpr(call('char_length', lit('é')), ctx({}, { target: 'mysql' }))).toBe(1);
    expect(evaluateExpr(call('UPPER', call('trim', c('s'))), e)).toBe('HÉLLO');
    expect(evaluateExpr(call('lower', lit('AB')), e)).toBe('ab');
    expect(evaluateExpr(call('abs', c('n')), e)).toBe(2.5);
    expect(evaluateExpr(call('coalesce', N, lit(3)), e)).toBe(3);
    expect(evaluateExpr(call('substr', lit('abcdef'), lit(2), lit(3)), e)).toBe('bcd');
    expect(evaluateExpr(call('substring', lit('abc'), lit(0), lit(2)), e)).toBe('a');
    expect(evaluateExpr(call('length', N), e)).toBeNull();
  });

  it('casts loosely', () => {
    const cast = (operand: Expr, to: string): Expr => ({ kind: 'cast', operand, to });
    expect(evaluateExpr(cast(lit('42'), 'INTEGER'), ctx({}))).toBe(42);
    expect(evaluateExpr(cast(lit('2024-01-02'), 'date'), ctx({}))).toEqual({ temporal: 'date', value: 19724 });
    expect(evaluateExpr(cast(lit(5), 'varchar(10)'), ctx({}))).toBe('5');
    expect(evaluateExpr(cast(lit('x'), 'some_custom_type'), ctx({}))).toBe('x');
  });

  it('reads VALUE in domain checks', () => {
    expect(checkPasses(bin('>', { kind: 'value' }, lit(0)), ctx({}, { value: -1 }))).toBe(false);
  });
});

describe('what cannot be evaluated', () => {
  it('throws NotEvaluableError for raw SQL, unknown functions and incomparable operands', () => {
    expect(() => evaluateExpr({ kind: 'raw', sql: 'x ~ y' }, ctx({}))).toThrow(NotEvaluableError);
    expect(() => evaluateExpr(call('regexp_like', lit('a'), lit('b')), ctx({}))).toThrow(/regexp_like\(\) is not supported/);
    expect(() => evaluateExpr(bin('<', c('d'), lit('not a date')), ctx({ d: { temporal: 'date', value: 1 } }))).toThrow(NotEvaluableError);
    expect(() => evaluateExpr(bin('*', lit('abc'), lit(2)), ctx({}))).toThrow(/needs numbers/);
  });
});

describe('an ordered enum (PostgreSQL CREATE TYPE … AS ENUM) compares labels by position', () => {
  const SIZES = ['small', 'medium', 'large'];
  const withLabels = (sz: SqlValue): EvalContext => ({ ...ctx({ sz }), enumLabels: (name) => (name === 'sz' ? SIZES : undefined) });

  it("sz >= 'medium' is false for small and true for large (as text it is the other way round)", () => {
    expect(evaluateExpr(bin('>=', c('sz'), lit('medium')), withLabels('small'))).toBe(false);
    expect(evaluateExpr(bin('>=', c('sz'), lit('medium')), withLabels('large'))).toBe(true);
    expect(evaluateExpr(bin('<', lit('medium'), c('sz')), withLabels('large'))).toBe(true);
  });

  it('BETWEEN two labels', () => {
    const e: Expr = { kind: 'between', operand: c('sz'), low: lit('small'), high: lit('medium'), negated: false };
    expect(evaluateExpr(e, withLabels('medium'))).toBe(true);
    expect(evaluateExpr(e, withLabels('large'))).toBe(false);
  });

  it('a cast to text compares as text, and a column with no labels too', () => {
    const cast: Expr = { kind: 'cast', operand: c('sz'), to: 'text' };
    expect(evaluateExpr(bin('>=', cast, lit('medium')), withLabels('small'))).toBe(true);
    expect(evaluateExpr(bin('>=', c('sz'), lit('medium')), ctx({ sz: 'small' }))).toBe(true);
  });
});

describe('date and time arithmetic with an interval written as text', () => {
  const ts = (ms: number): SqlValue => ({ temporal: 'timestamp', value: ms });

  it("timestamp + '1 day' and date - '12 hours' give timestamps", () => {
    expect(evaluateExpr(bin('+', c('s'), lit('1 day')), ctx({ s: ts(1000) }))).toEqual(ts(1000 + DAY));
    expect(evaluateExpr(bin('-', c('d'), lit('12 hours')), ctx({ d: { temporal: 'date', value: 1 } }))).toEqual(ts(DAY / 2));
  });

  it('ends_at <= starts_at + interval', () => {
    const e = bin('<=', c('e'), bin('+', c('s'), lit('2 hours 30 minutes')));
    expect(evaluateExpr(e, ctx({ s: ts(0), e: ts(9_000_000) }))).toBe(true);
    expect(evaluateExpr(e, ctx({ s: ts(0), e: ts(9_000_001) }))).toBe(false);
  });

  it('an interval in months moves the date by the calendar (its length depends on the date)', () => {
    expect(evaluateExpr(bin('+', c('s'), lit('1 month')), ctx({ s: ts(0) }))).toEqual(ts(31 * DAY));
    expect(() => evaluateExpr(bin('+', c('s'), lit('1 fortnight')), ctx({ s: ts(0) }))).toThrow(NotEvaluableError);
  });

  it("reads interval text as the engine does: '1day2hours' is no interval (PostgreSQL rejects it; the engine did too)", () => {
    expect(() => evaluateExpr(bin('+', c('s'), lit('1day2hours')), ctx({ s: ts(0) }))).toThrow(NotEvaluableError);
    expect(evaluateExpr(bin('+', c('s'), lit('1day 2 hours')), ctx({ s: ts(0) }))).toEqual(ts(DAY + 7_200_000));
  });
});

describe('casts to integers', () => {
  it('round half away from zero, as PostgreSQL: (-2.5)::int = -3, 2.5::int = 3', () => {
    expect(evaluateExpr({ kind: 'cast', operand: lit(-2.5), to: 'int' }, ctx({}))).toBe(-3);
    expect(evaluateExpr({ kind: 'cast', operand: lit(2.5), to: 'integer' }, ctx({}))).toBe(3);
  });
});
