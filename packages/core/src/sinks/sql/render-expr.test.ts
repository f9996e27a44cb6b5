import { describe, expect, it } from 'vitest';
import type { Expr } from '../../schema/index.js';
import { renderExpr } from './render-expr.js';

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
