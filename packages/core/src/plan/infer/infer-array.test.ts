import { describe, expect, it } from 'vitest';
import type { Expr, LogicalType } from '../../schema/index.js';
import { inferArray } from './infer-array.js';

const VALUE: Expr = { kind: 'value' };
const lit = (value: number | string): Expr => ({ kind: 'literal', value });
const domain = (base: LogicalType, check: Expr): LogicalType => ({ kind: 'domain', name: 'd', base, notNull: false, checks: [check] });
const int: LogicalType = { kind: 'int', bits: 32 };

describe('inferArray', () => {
  it('keeps plain text and integer arrays as they were', () => {
    expect(inferArray({ kind: 'string', variant: 'text' })).toEqual({ generator: 'array', element: 'word', minLength: 0, maxLength: 4 });
    expect(inferArray(int)).toEqual({ generator: 'array', element: 'int', minLength: 0, maxLength: 4 });
  });

  it('draws enum labels, CHAR(n) codes and timestamps', () => {
    expect(inferArray({ kind: 'enum', values: ['s', 'm'], name: 'size' })).toMatchObject({ element: 'enum', values: ['s', 'm'] });
    expect(inferArray({ kind: 'string', variant: 'char', length: 2 })).toMatchObject({ element: 'code' });
    expect(inferArray({ kind: 'timestamp', withTimeZone: false })).toMatchObject({ element: 'timestamp' });
  });

  it("reads an element domain's range and IN list", () => {
    const between: Expr = { kind: 'between', operand: VALUE, low: lit(5), high: lit(10), negated: false };
    expect(inferArray(domain(int, between))).toMatchObject({ element: 'int', min: 5, max: 10 });
    expect(inferArray(domain(int, { kind: 'binary', op: '<', left: VALUE, right: lit(0) }))).toMatchObject({ max: -1 });
    const colours: Expr = { kind: 'in', operand: VALUE, values: [lit('red'), lit('blue')], negated: false };
    expect(inferArray(domain({ kind: 'string', variant: 'varchar', length: 10 }, colours))).toMatchObject({ element: 'enum', values: ['red', 'blue'] });
  });
});
