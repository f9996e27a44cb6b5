import { describe, expect, it } from 'vitest';
import type { Column, ColumnDefault, LogicalType, Table } from '../../schema/index.js';
import { columnContext } from './column-context.js';
import { hasValueDefault } from './default-hints.js';
import { DEFAULTED_NULL_RATE, defaultNullRate } from './infer-column.js';

const TS: LogicalType = { kind: 'timestamp', withTimeZone: false };
const col = (name: string, def?: ColumnDefault, nullable = true, type: LogicalType = TS): Column => ({ name, type, nullable, ...(def ? { default: def } : {}) });
const expr = (sql: string): ColumnDefault => ({ kind: 'expression', sql });
const lit = (value: string | number | boolean | null): ColumnDefault => ({ kind: 'literal', value });

function rateOf(column: Column): number {
  const table: Table = { name: 'orders', columns: [column], uniques: [], foreignKeys: [], checks: [] };
  return defaultNullRate(columnContext(table, column, '2026-01-01', 100));
}

describe('hasValueDefault', () => {
  it.each([
    [expr('CURRENT_TIMESTAMP'), true], [expr('now()'), true], [lit('Pending'), true], [lit(0), true], [lit(false), true], [lit(''), true],
    [lit(null), false], [expr('NULL'), false], [expr('(NULL)'), false], [expr('NULL::character varying'), false], [expr('null::timestamp without time zone'), false],
  ])('%j gives a value: %s', (def, expected) => {
    expect(hasValueDefault(col('c', def))).toBe(expected);
  });

  it('is false without a DEFAULT', () => expect(hasValueDefault(col('c'))).toBe(false));
});

describe('defaultNullRate: a DEFAULT fills a nullable column, so NULLs there are rare', () => {
  it('gives a nullable column with a non-NULL DEFAULT the low rate', () => {
    expect(DEFAULTED_NULL_RATE).toBeLessThanOrEqual(0.02);
    expect(rateOf(col('order_date', expr('CURRENT_TIMESTAMP')))).toBe(DEFAULTED_NULL_RATE);
    expect(rateOf(col('status', lit('Pending'), true, { kind: 'string', variant: 'varchar', length: 20 }))).toBe(DEFAULTED_NULL_RATE);
  });

  it('keeps the usual rates without one, with DEFAULT NULL, and for NOT NULL columns', () => {
    expect(rateOf(col('order_date'))).toBe(0.1);
    expect(rateOf(col('order_date', lit(null)))).toBe(0.1);
    expect(rateOf(col('deleted_at', expr('NULL')))).toBe(0.85);
    expect(rateOf(col('order_date', expr('CURRENT_TIMESTAMP'), false))).toBe(0);
  });
});
