import { describe, expect, it } from 'vitest';
import type { LogicalType } from '../../schema/index.js';
import { formatDecimal, formatFloat } from './format-number.js';
import { jsonFormatter } from './json-formatter.js';
import { formatValue } from './text-formatter.js';

const text: LogicalType = { kind: 'string', variant: 'text' };
const textArray: LogicalType = { kind: 'array', element: text };

describe('numbers', () => {
  it('gives decimals exactly `scale` digits', () => {
    expect(formatDecimal(12.5, 2)).toBe('12.50');
    expect(formatDecimal(7, 0)).toBe('7');
    expect(formatDecimal(-0.001, 2)).toBe('0.00');
    expect(formatDecimal(-3.25, 1)).toBe('-3.3');
  });

  it('gives floats their shortest round-trip text', () => {
    expect(formatFloat(0.1)).toBe('0.1');
    expect(formatFloat(1e21)).toBe('1e+21');
    expect(formatFloat(Math.fround(0.1), 32)).toBe('0.1');
    expect(formatFloat(Math.fround(3.4e38), 32)).toBe('3.4e+38');
    expect(Math.fround(Number(formatFloat(Math.fround(1 / 3), 32)))).toBe(Math.fround(1 / 3));
  });
});

describe('formatValue', () => {
  it('spells booleans per target', () => {
    expect(formatValue(true, { kind: 'boolean' }, 'postgres')).toBe('true');
    expect(formatValue(false, { kind: 'boolean' }, 'postgres')).toBe('false');
    for (const t of ['mysql', 'sqlite', 'mssql'] as const) expect(formatValue(true, { kind: 'boolean' }, t)).toBe('1');
    expect(formatValue(null, { kind: 'boolean' }, 'mysql')).toBeNull();
  });

  it('writes bytes as \\x hex on PostgreSQL and plain hex elsewhere', () => {
    const b = new Uint8Array([0x0a, 0x0b, 0xff]);
    expect(formatValue(b, { kind: 'bytes' }, 'postgres')).toBe('\\x0a0bff');
    expect(formatValue(b, { kind: 'bytes' }, 'mysql')).toBe('0a0bff');
  });

  it('quotes PostgreSQL array elements only when needed', () => {
    expect(formatValue(['a', 'b c', null, '', 'NULL', 'x,y', 'q"\\', '{}'], textArray, 'postgres'))
      .toBe('{a,"b c",NULL,"","NULL","x,y","q\\"\\\\","{}"}');
    expect(formatValue([[1, 2], [3, null]], { kind: 'array', element: { kind: 'array', element: { kind: 'int', bits: 32 } } }, 'postgres'))
      .toBe('{{1,2},{3,NULL}}');
    expect(formatValue([true, false], { kind: 'array', element: { kind: 'boolean' } }, 'postgres')).toBe('{true,false}');
  });

  it('writes arrays as JSON text for other targets', () => {
    expect(formatValue(['a', null, 'q"'], textArray, 'mysql')).toBe('["a",null,"q\\""]');
    expect(formatValue([0, 10957], { kind: 'array', element: { kind: 'date' } }, 'sqlite')).toBe('["1970-01-01","2000-01-01"]');
  });

  it('uses a domain\'s base type', () => {
    const domain: LogicalType = { kind: 'domain', name: 'money', base: { kind: 'decimal', precision: 9, scale: 2 }, notNull: false, checks: [] };
    expect(formatValue(3, domain, 'postgres')).toBe('3.00');
  });
});

describe('jsonFormatter', () => {
  it('keeps decimal scale, embeds json columns, hexes bytes, nulls non-finite floats', () => {
    expect(jsonFormatter({ kind: 'decimal', precision: 5, scale: 2 }, 'postgres')(1.5)).toBe('1.50');
    expect(jsonFormatter({ kind: 'json', binary: true }, 'postgres')('{"a": [1]}')).toBe('{"a": [1]}');
    expect(jsonFormatter({ kind: 'bytes' }, 'postgres')(new Uint8Array([1, 2]))).toBe('"0102"');
    expect(jsonFormatter({ kind: 'float', bits: 64 }, 'postgres')(Number.NaN)).toBe('null');
    expect(JSON.parse(jsonFormatter(textArray, 'postgres')(['a', null]))).toEqual(['a', null]);
  });
});

describe('formatDecimal matches toFixed', () => {
  it('for scaled values, ties and large numbers', () => {
    const wrong: string[] = [];
    const check = (n: number, scale: number): void => {
      const expected = n.toFixed(scale).replace(/^-(0(\.0*)?)$/, '$1');
      if (formatDecimal(n, scale) !== expected) wrong.push(`${n}@${scale}: ${formatDecimal(n, scale)} ≠ ${expected}`);
    };
    for (let i = -20000; i <= 20000; i += 7) for (const s of [0, 1, 2, 3, 4]) check(i / 10 ** s, s);
    for (const n of [1.005, 0.285, 1.255, 0.125, -0.125, 2.5, -2.5, 0.5, 1e-7, 123456789.125, 2 ** 44 / 100, 9e15, 1e21, -0]) for (const s of [0, 1, 2, 3, 9, 12]) check(n, s);
    let x = 0.123456789;
    for (let i = 0; i < 5000; i++) { x = (x * 9301 + 49297) % 233280 / 7.3; check(x, i % 10); check(-x, (i + 3) % 10); }
    expect(wrong).toEqual([]);
  });
});
