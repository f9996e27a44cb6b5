import { describe, expect, it } from 'vitest';
import type { LogicalType, Value } from '../../schema/index.js';
import { Rng } from '../rng.js';
import { word } from '../semantic/index.js';
import { elementDraw, type ElementSource } from './array-elements.js';

/** 500 draws of the element, each from its own row's stream. */
function draws(source: ElementSource): Value[] {
  const [draw] = elementDraw(source);
  return Array.from({ length: 500 }, (_, row) => draw(new Rng(7, row), 20_000));
}

const int = (bits: 8 | 16 | 32, extra: Partial<Extract<LogicalType, { kind: 'int' }>> = {}): LogicalType => ({ kind: 'int', bits, ...extra });
const inRange = (vs: Value[], lo: number, hi: number): boolean => vs.every((v) => typeof v === 'number' && v >= lo && v <= hi);

describe('elementDraw', () => {
  it('draws plain int and text elements exactly as before (1…1000, any common word)', () => {
    expect(draws({ name: 'int', type: int(32) })).toEqual(Array.from({ length: 500 }, (_, row) => new Rng(7, row).int(1, 1000)));
    expect(draws({ name: 'word', type: { kind: 'string', variant: 'text' } })).toEqual(Array.from({ length: 500 }, (_, row) => word(new Rng(7, row))));
  });

  it('keeps integers inside the element type and the plan bounds', () => {
    expect(inRange(draws({ name: 'int', type: int(8) }), 1, 127)).toBe(true);
    expect(inRange(draws({ name: 'int', type: int(16, { year: true }) }), 1901, 2155)).toBe(true);
    expect(inRange(draws({ name: 'int', type: int(32), min: 5, max: 10 }), 5, 10)).toBe(true);
    expect(inRange(draws({ name: 'int', type: int(32), min: 5000 }), 5000, 5999)).toBe(true);
  });

  it('keeps decimals inside their precision', () => {
    const vs = draws({ name: 'number', type: { kind: 'decimal', precision: 2, scale: 1 } });
    expect(inRange(vs, 0, 9.9)).toBe(true);
    expect(Math.max(...vs.map(Number))).toBeGreaterThan(9);
  });

  it('draws enum labels, CHAR(n) codes of n characters and words within a VARCHAR(n)', () => {
    expect(new Set(draws({ name: 'enum', type: { kind: 'enum', values: ['s', 'm', 'l'] } }))).toEqual(new Set(['s', 'm', 'l']));
    expect(draws({ name: 'code', type: { kind: 'string', variant: 'char', length: 3 } }).every((v) => /^[0-9A-Z]{3}$/.test(String(v)))).toBe(true);
    expect(draws({ name: 'word', type: { kind: 'string', variant: 'varchar', length: 5 } }).every((v) => /^[a-z]{1,5}$/.test(String(v)))).toBe(true);
    expect(draws({ name: 'word', type: { kind: 'string', variant: 'varchar', length: 2 } }).every((v) => /^[0-9A-Z]{2}$/.test(String(v)))).toBe(true);
  });

  it('an unknown element name draws words', () => {
    expect(elementDraw({ name: 'constructor', type: { kind: 'string', variant: 'text' } })[1]).toBe('string');
  });
});
