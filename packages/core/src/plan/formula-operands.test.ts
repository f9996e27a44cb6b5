import { describe, expect, it } from 'vitest';
import { formulaBounds, formulaColumns, readColumns, type FormulaSpec, type Range } from './formula-operands.js';

const RANGES: Record<string, Range> = { quantity: [1, 12], unit_price: [2, 95], subtotal: [4, 180], tax: [0.2, 18], rate: [0, 0.3] };
const rangeOf = (n: string): Range | undefined => RANGES[n];

describe('formulaBounds', () => {
  it('multiplies, discounts and adds the operands\' ranges', () => {
    expect(formulaBounds({ generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }] }, rangeOf)).toEqual([2, 1140]);
    const [lo, hi] = formulaBounds({ generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price', lessRate: 'rate' }] }, rangeOf) ?? [];
    expect([lo, hi]).toEqual([2 * 0.7, 1140]);
    expect(formulaBounds({ generator: 'formula', sum: [{ column: 'subtotal' }, { column: 'tax', minus: true }] }, rangeOf)).toEqual([-14, 179.8]);
    expect(formulaBounds({ generator: 'formula', of: 'subtotal', zeroRate: 0.1, fraction: { min: 0.5, max: 0.9 } }, rangeOf)).toEqual([0, 162]);
    expect(formulaBounds({ generator: 'formula', sum: [{ column: 'nothing' }] }, rangeOf)).toBeUndefined();
    expect(formulaBounds({ generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }], fraction: { min: 0.05, max: 0.1 } }, rangeOf)).toEqual([0.1, 114]);
    expect(formulaBounds({ generator: 'formula', sum: [{ column: 'subtotal', factor: 1.5 }], plus: 5 }, rangeOf)).toEqual([11, 275]);
    expect(formulaBounds({ generator: 'formula', sum: [{ column: 'quantity', factor: 2, minus: true }] }, rangeOf)).toEqual([-24, -2]);
  });

  it('keeps a discount drawn as a share of the subtotal below the subtotal it is taken from', () => {
    const discount: FormulaSpec = { generator: 'formula', of: 'subtotal', fraction: { min: 0, max: 0.2 } };
    const total: FormulaSpec = { generator: 'formula', sum: [{ column: 'subtotal' }, { column: 'discount', minus: true }] };
    const withDiscount = (n: string): Range | undefined => (n === 'discount' ? [0, 36] : rangeOf(n));
    expect(formulaBounds(total, withDiscount)).toEqual([-32, 180]);
    const [lo, hi] = formulaBounds(total, withDiscount, (n) => (n === 'discount' ? discount : undefined)) ?? [];
    expect(lo).toBeCloseTo(3.2);
    expect(hi).toBe(180);
  });

  it('keeps a discount drawn as a share of the unit price below quantity × price', () => {
    const discount: FormulaSpec = { generator: 'formula', of: 'unit_price', fraction: { min: 0.05, max: 0.2 }, zeroRate: 0.5 };
    const total: FormulaSpec = { generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }, { column: 'discount', minus: true }] };
    const withDiscount = (n: string): Range | undefined => (n === 'discount' ? [0, 19] : rangeOf(n));
    expect(formulaBounds(total, withDiscount)).toEqual([-17, 1140]);
    const [lo, hi] = formulaBounds(total, withDiscount, (n) => (n === 'discount' ? discount : undefined)) ?? [];
    expect(lo).toBeCloseTo(1.6);
    expect(hi).toBe(1140);
  });

  it('lists the columns a formula or an after reads', () => {
    expect(formulaColumns({ generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price', lessRate: 'rate' }, { column: 'tax' }] })).toEqual(['quantity', 'unit_price', 'rate', 'tax']);
    expect(readColumns({ generator: 'after', column: 'ordered_at', minGap: 0, maxGap: 3, strict: false })).toEqual(['ordered_at']);
    expect(readColumns({ generator: 'uuid' })).toEqual([]);
  });
});
