import { describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import type { Column, LogicalType, Table } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { checkFormula } from './check-formula.js';

const money = (precision: number): LogicalType => ({ kind: 'decimal', precision, scale: 2 });
const c = (name: string, type: LogicalType): Column => ({ name, type, nullable: false });
const items: Table = {
  name: 'order_items', uniques: [], foreignKeys: [], checks: [],
  columns: [c('quantity', { kind: 'int', bits: 32 }), c('unit_price', money(10)), c('sku', { kind: 'string', variant: 'varchar', length: 12 }), c('line_total', money(12)), c('small_total', money(5)),
    c('status', { kind: 'enum', name: 'order_status', values: ['pending', 'paid', 'void'] }), c('state', { kind: 'string', variant: 'varchar', length: 10 })],
};
const plain: Record<string, ColumnSpec> = {
  quantity: { generator: 'int', min: 1, max: 12, skew: 'small' },
  unit_price: { generator: 'number', min: 2, max: 95, style: 'price' },
  sku: { generator: 'identifier', kind: 'sku' },
};

/** The error code checking `target`'s formula throws, or undefined when it passes. */
function codeOf(target: string, spec: ColumnSpec, others: Record<string, ColumnSpec> = {}): string | undefined {
  const column = items.columns.find((x) => x.name === target) as Column;
  try {
    checkFormula(items, column, { ...plain, ...others, [target]: spec });
    return undefined;
  } catch (e) {
    return isRowforgeError(e) ? `${e.code}: ${e.message}` : 'other';
  }
}

const product = (a: string, b: string): ColumnSpec => ({ generator: 'formula', sum: [{ column: a, times: b }] });

describe('checkFormula', () => {
  it('accepts a product of numeric columns that fits the column, and other generators', () => {
    expect(codeOf('line_total', product('quantity', 'UNIT_PRICE'))).toBeUndefined();
    expect(codeOf('line_total', { generator: 'formula', of: 'unit_price', fraction: { min: 0, max: 0.5 }, wholeRate: 0.2 })).toBeUndefined();
    expect(codeOf('line_total', { generator: 'number', min: 0, max: 1, style: 'uniform' })).toBeUndefined();
  });

  it('rejects an unknown column, a non-numeric operand and the column itself', () => {
    expect(codeOf('line_total', product('quantity', 'price'))).toMatch(/^PLAN_CONTRADICTS_SCHEMA: .*unknown column "price"/);
    expect(codeOf('line_total', product('quantity', 'sku'))).toMatch(/^PLAN_CONTRADICTS_SCHEMA: .*"sku", which is [^,]+, not a number/);
    expect(codeOf('line_total', { generator: 'formula', of: 'line_total' })).toMatch(/from itself/);
  });

  it('rejects columns computed from each other in a loop', () => {
    const loop = { unit_price: { generator: 'formula', sum: [{ column: 'line_total', minus: true }] } as ColumnSpec };
    expect(codeOf('line_total', product('quantity', 'unit_price'), loop)).toMatch(/in a loop: line_total → unit_price → line_total/);
    const viaAfter = { quantity: { generator: 'after', column: 'line_total', minGap: 0, maxGap: 3, strict: false } as ColumnSpec };
    expect(codeOf('line_total', product('quantity', 'unit_price'), viaAfter)).toMatch(/in a loop: line_total → quantity → line_total/);
  });

  it('rejects values the column type cannot hold, given the operands\' ranges', () => {
    expect(codeOf('small_total', product('quantity', 'unit_price'))).toMatch(/computes values up to 1140 .*decimal\(5,2\) holds/);
    expect(codeOf('small_total', product('quantity', 'unit_price'), { unit_price: { generator: 'number', min: 2, max: 80, style: 'price' } })).toBeUndefined();
  });

  it('counts constant factors and terms in the values the column must hold', () => {
    const vat: ColumnSpec = { generator: 'formula', sum: [{ column: 'unit_price', factor: 1.2 }], plus: 5 };
    expect(codeOf('line_total', vat)).toBeUndefined();
    expect(codeOf('small_total', { generator: 'formula', sum: [{ column: 'unit_price', factor: 100 }] })).toMatch(/computes values up to 9500 .*decimal\(5,2\) holds/);
    expect(codeOf('small_total', { generator: 'formula', sum: [{ column: 'unit_price' }], plus: 990 })).toMatch(/computes values up to 1085/);
  });

  it('rejects a malformed formula as PLAN_INVALID', () => {
    expect(codeOf('line_total', { generator: 'formula' })).toMatch(/^PLAN_INVALID: .*either "sum"/);
    expect(codeOf('line_total', { generator: 'formula', of: 'unit_price', sum: [{ column: 'quantity' }] })).toMatch(/^PLAN_INVALID/);
    expect(codeOf('line_total', { generator: 'formula', sum: [{ column: 'quantity' }], zeroRate: 0.1 })).toMatch(/belong to "of"/);
    expect(codeOf('line_total', { generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }], fraction: { min: 0.05, max: 0.1 } })).toBeUndefined();
    expect(codeOf('line_total', { generator: 'formula', of: 'unit_price', wholeRate: 0.7, zeroRate: 0.4 })).toMatch(/more than 1/);
    expect(codeOf('line_total', { generator: 'formula', of: 'unit_price', fraction: { min: 0.9, max: 0.1 } })).toMatch(/greater than max/);
    expect(codeOf('line_total', { ...product('quantity', 'unit_price'), unique: true })).toMatch(/cannot be made unique/);
    expect(codeOf('line_total', { generator: 'formula', of: 'unit_price', plus: 5 })).toMatch(/^PLAN_INVALID: .*"plus" and "round" belong to "sum"/);
  });

  it('checks the status a share follows: a column of the table, labels it holds, each listed once', () => {
    const share = (byStatus: NonNullable<Extract<ColumnSpec, { generator: 'formula' }>['byStatus']>): ColumnSpec => ({ generator: 'formula', of: 'unit_price', byStatus });
    const stateEnum = { state: { generator: 'enum', values: ['open', 'done'] } as ColumnSpec };
    expect(codeOf('line_total', share({ column: 'status', whole: ['paid'], zero: ['pending', 'void'] }))).toBeUndefined();
    expect(codeOf('line_total', share({ column: 'state', whole: ['done'] }), stateEnum)).toBeUndefined();
    expect(codeOf('line_total', share({ column: 'state', whole: ['anything'] }))).toBeUndefined();
    expect(codeOf('line_total', share({ column: 'payment_status', whole: ['paid'] }))).toMatch(/^PLAN_CONTRADICTS_SCHEMA: .*unknown status column "payment_status"/);
    expect(codeOf('line_total', share({ column: 'status', whole: ['settled'] }))).toMatch(/^PLAN_CONTRADICTS_SCHEMA: .*label "settled", which the column never holds/);
    expect(codeOf('line_total', share({ column: 'state', zero: ['closed'] }), stateEnum)).toMatch(/label "closed"/);
    expect(codeOf('line_total', share({ column: 'status', whole: ['paid'], zero: ['paid'] }))).toMatch(/^PLAN_INVALID: .*"paid" more than once/);
    const summed: ColumnSpec = { generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }], byStatus: { column: 'status', whole: ['paid'] } };
    expect(codeOf('line_total', summed)).toMatch(/belong to "of"/);
    expect(codeOf('line_total', share({ column: 'line_total', whole: ['1'] }))).toMatch(/its own value as a status/);
  });
});
