import { describe, expect, it } from 'vitest';
import type { Expr } from '../../schema/index.js';
import { renderableOn, renderExpr } from './render-expr.js';

const col = (name: string): Expr => ({ kind: 'column', name });
const lit = (value: number | string | boolean | null): Expr => ({ kind: 'literal', value });
const bin = (op: Extract<Expr, { kind: 'binary' }>['op'], left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right });
const dq = (n: string): string => `"${n}"`;

describe('renderExpr', () => {
  it('uses minimal parentheses', () => {
    const e = bin('or', bin('and', bin('>', col('a'), lit(0)), bin('<', col('a'), lit(10))), { kind: 'isNull', operand: col('a'), negated: false });
    expect(renderExpr(e, 'postgres', dq)).toBe('"a" > 0 AND "a" < 10 OR "a" IS NULL');
    const grouped = bin('and', bin('or', bin('=', col('x'), lit(1)), bin('=', col('x'), lit(2))), bin('>', col('y'), lit(0)));
    expect(renderExpr(grouped, 'postgres', dq)).toBe('("x" = 1 OR "x" = 2) AND "y" > 0');
  });

  it('keeps arithmetic order', () => {
    expect(renderExpr(bin('-', col('a'), bin('-', col('b'), col('c'))), 'sqlite', dq)).toBe('"a" - ("b" - "c")');
    expect(renderExpr(bin('*', bin('+', col('a'), col('b')), lit(2)), 'sqlite', dq)).toBe('("a" + "b") * 2');
    expect(renderExpr(bin('>', { kind: 'negate', operand: col('a') }, lit(-1)), 'sqlite', dq)).toBe('-"a" > -1');
  });

  it('renders IN, BETWEEN, LIKE and NOT', () => {
    expect(renderExpr({ kind: 'in', operand: col('s'), values: [lit('a'), lit("it's")], negated: true }, 'postgres', dq)).toBe(`"s" NOT IN ('a', 'it''s')`);
    expect(renderExpr({ kind: 'between', operand: col('n'), low: lit(1), high: lit(5), negated: false }, 'mysql', (n) => `\`${n}\``)).toBe('`n` BETWEEN 1 AND 5');
    expect(renderExpr({ kind: 'like', operand: col('e'), pattern: lit('%@%'), negated: false, caseInsensitive: true }, 'postgres', dq)).toBe(`"e" ILIKE '%@%'`);
    expect(renderExpr({ kind: 'like', operand: col('e'), pattern: lit('%@%'), negated: false, caseInsensitive: true }, 'mysql', dq)).toBe(`"e" LIKE '%@%'`);
    expect(renderExpr({ kind: 'not', operand: bin('=', col('a'), lit(1)) }, 'sqlite', dq)).toBe('NOT ("a" = 1)');
  });

  it('translates concatenation, length and booleans per dialect', () => {
    const e = bin('>', { kind: 'call', name: 'char_length', args: [bin('||', col('a'), col('b'))] }, lit(0));
    expect(renderExpr(e, 'postgres', dq)).toBe('char_length("a" || "b") > 0');
    expect(renderExpr(e, 'mysql', dq)).toBe('CHAR_LENGTH(CONCAT("a", "b")) > 0');
    expect(renderExpr(e, 'sqlite', dq)).toBe('length("a" || "b") > 0');
    expect(renderExpr(e, 'mssql', dq)).toBe('LEN("a" + "b") > 0');
    expect(renderExpr(bin('=', col('f'), lit(true)), 'mssql', dq)).toBe('"f" = 1');
    expect(renderExpr(bin('=', col('f'), lit(true)), 'postgres', dq)).toBe('"f" = TRUE');
  });

  it('escapes strings per dialect', () => {
    expect(renderExpr(lit('a\\b\'c'), 'mysql', dq)).toBe("'a\\\\b''c'");
    expect(renderExpr(lit('a\\b\'c'), 'postgres', dq)).toBe("'a\\b''c'");
    expect(renderExpr(lit('x'), 'mssql', dq)).toBe("N'x'");
  });

  it('replaces the domain value, casts, and keeps raw SQL', () => {
    expect(renderExpr(bin('>', { kind: 'value' }, lit(0)), 'postgres', dq)).toBe('VALUE > 0');
    expect(renderExpr(bin('>', { kind: 'value' }, lit(0)), 'mysql', dq, '`c`')).toBe('`c` > 0');
    expect(renderExpr({ kind: 'cast', operand: col('a'), to: 'text' }, 'mysql', dq)).toBe('CAST("a" AS CHAR)');
    expect(renderExpr(bin('and', { kind: 'raw', sql: "a ~ '^x'" }, bin('>', col('b'), lit(1))), 'postgres', dq)).toBe(`(a ~ '^x') AND "b" > 1`);
    expect(renderExpr({ kind: 'raw', sql: "a ~ '^x'" }, 'postgres', dq)).toBe("a ~ '^x'");
  });
});

describe('renderExpr on the clock', () => {
  const call = (name: string, args: Expr[] = []): Expr => ({ kind: 'call', name, args });
  const adult = bin('<=', col('b'), bin('-', call('current_date'), lit('18 years')));

  it('writes the SQL-standard niladic functions without parentheses', () => {
    expect(renderExpr(bin('<=', col('d'), call('current_date')), 'postgres', dq)).toBe('"d" <= CURRENT_DATE');
    expect(renderExpr(bin('<=', col('d'), call('current_timestamp')), 'sqlite', dq)).toBe('"d" <= CURRENT_TIMESTAMP');
    expect(renderExpr(bin('<=', col('d'), call('localtimestamp')), 'mysql', dq)).toBe('"d" <= LOCALTIMESTAMP');
    expect(renderExpr(bin('=', col('u'), call('current_user')), 'postgres', dq)).toBe('"u" = CURRENT_USER');
    expect(renderExpr(bin('<=', col('d'), call('current_timestamp')), 'mssql', dq)).toBe('"d" <= CURRENT_TIMESTAMP');
    expect(renderExpr(bin('<=', col('d'), call('current_date')), 'mssql', dq)).toBe('"d" <= CAST(GETDATE() AS date)');
  });

  it('keeps parentheses on other functions', () => {
    expect(renderExpr(bin('<=', col('d'), call('getdate')), 'mssql', dq)).toBe('"d" <= getdate()');
    expect(renderExpr(bin('<=', col('d'), call('now')), 'postgres', dq)).toBe('"d" <= now()');
    expect(renderExpr(bin('<=', col('d'), call('date', [lit('now')])), 'sqlite', dq)).toBe(`"d" <= date('now')`);
  });

  it('writes interval text as each target moves a date', () => {
    expect(renderExpr(adult, 'postgres', dq)).toBe(`"b" <= CURRENT_DATE - INTERVAL '18 years'`);
    expect(renderExpr(adult, 'mysql', dq)).toBe('"b" <= CURRENT_DATE - INTERVAL 18 YEAR');
    expect(renderExpr(adult, 'sqlite', dq)).toBe(`"b" <= date(CURRENT_DATE, '-18 years')`);
    expect(renderExpr(adult, 'mssql', dq)).toBe('"b" <= DATEADD(year, -18, CAST(GETDATE() AS date))');
  });

  it('moves by every part of the interval and leaves other strings alone', () => {
    const e = bin('>', col('t'), bin('+', call('now'), lit('1 mon 2 days')));
    expect(renderExpr(e, 'postgres', dq)).toBe(`"t" > now() + INTERVAL '1 mon 2 days'`);
    expect(renderExpr(e, 'mysql', dq)).toBe('"t" > now() + INTERVAL 1 MONTH + INTERVAL 2 DAY');
    expect(renderExpr(e, 'sqlite', dq)).toBe(`"t" > datetime(CURRENT_TIMESTAMP, '+1 months', '+2 days')`);
    expect(renderExpr(e, 'mssql', dq)).toBe('"t" > DATEADD(day, 2, DATEADD(month, 1, SYSDATETIME()))');
    expect(renderExpr(bin('+', col('a'), lit('abc')), 'postgres', dq)).toBe(`"a" + 'abc'`);
  });

  it('a CHECK that reads the clock is not renderable on MySQL, which refuses it (ERROR 1901), and is elsewhere', () => {
    const e = bin('<=', col('d'), call('current_date'));
    expect(renderableOn(e, 'mysql')).toBe(false);
    expect(['postgres', 'sqlite', 'mssql'].map((t) => renderableOn(e, t as 'postgres'))).toEqual([true, true, true]);
    expect(renderableOn(bin('>', col('n'), lit(0)), 'mysql')).toBe(true);
  });
});
