import { describe, expect, it } from 'vitest';
import type { LogicalType } from '../../schema/index.js';
import { cellParser, type CellParserOptions } from './cell-parser.js';
import { CellProblem, type SqlValue } from './sql-value.js';

const ANY: CellParserOptions = { arrayStyle: 'any', lenientJson: false };

function parse(type: LogicalType, text: string, options = ANY): SqlValue | CellProblem {
  return cellParser(type, options)(text);
}

function problem(type: LogicalType, text: string, options = ANY): { rule: string; message: string } | undefined {
  const r = parse(type, text, options);
  return r instanceof CellProblem ? { rule: r.rule, message: r.message } : undefined;
}

describe('integers', () => {
  it('checks the range of each width, signed and unsigned', () => {
    expect(parse({ kind: 'int', bits: 16 }, '-32768')).toBe(-32768);
    expect(problem({ kind: 'int', bits: 16 }, '32768')?.message).toMatch(/out of range for smallint/);
    expect(problem({ kind: 'int', bits: 32 }, '2147483648')?.rule).toBe('type');
    expect(parse({ kind: 'int', bits: 32, unsigned: true }, '4294967295')).toBe(4294967295);
    expect(problem({ kind: 'int', bits: 32, unsigned: true }, '-1')?.message).toMatch(/int unsigned/);
    expect(problem({ kind: 'int', bits: 64 }, '9223372036854775808')?.rule).toBe('type');
    expect(problem({ kind: 'int', bits: 64 }, '9223372036854775807')).toBeUndefined();
  });

  it('checks TINYINT, MEDIUMINT and YEAR ranges', () => {
    expect(parse({ kind: 'int', bits: 8 }, '-128')).toBe(-128);
    expect(problem({ kind: 'int', bits: 8 }, '128')?.message).toBe('128 is out of range for tinyint (-128..127)');
    expect(problem({ kind: 'int', bits: 8, unsigned: true }, '256')?.message).toBe('256 is out of range for tinyint unsigned (0..255)');
    expect(parse({ kind: 'int', bits: 24, unsigned: true }, '16777215')).toBe(16777215);
    expect(problem({ kind: 'int', bits: 24 }, '8388608')?.rule).toBe('type');
    expect(parse({ kind: 'int', bits: 16, year: true }, '2155')).toBe(2155);
    expect(problem({ kind: 'int', bits: 16, year: true }, '1900')?.message).toBe('1900 is out of range for year (1901..2155)');
  });

  it('rejects non-integer syntax', () => {
    expect(problem({ kind: 'int', bits: 32 }, '1.0')?.message).toBe('"1.0" is not an integer');
    expect(problem({ kind: 'int', bits: 32 }, ' 1')?.rule).toBe('type');
  });
});

describe('decimals and floats', () => {
  const money: LogicalType = { kind: 'decimal', precision: 5, scale: 2 };

  it('accepts fewer fraction digits and trailing zeros, rejects overflow as precision', () => {
    expect(parse(money, '123.4')).toBe(123.4);
    expect(parse(money, '-0.500')).toBe(-0.5);
    expect(problem(money, '1.234')).toEqual({ rule: 'precision', message: '1.234 has 3 fraction digits; decimal(5,2) keeps 2' });
    expect(problem(money, '1234.5')?.message).toMatch(/4 integer digits; decimal\(5,2\) allows 3/);
    expect(problem(money, '1.2.3')?.rule).toBe('type');
  });

  it('reads exponents in decimals and special values in floats', () => {
    expect(parse(money, '1.5e2')).toBe(150);
    expect(parse({ kind: 'float', bits: 64 }, 'NaN')).toBeNaN();
    expect(parse({ kind: 'float', bits: 64 }, '-1.5e-3')).toBe(-0.0015);
    expect(problem({ kind: 'float', bits: 32 }, '1e39')?.message).toMatch(/out of range for real/);
  });
});

describe('dates and times', () => {
  it('rejects dates that do not exist', () => {
    expect(parse({ kind: 'date' }, '2024-02-29')).toEqual({ temporal: 'date', value: 19782 });
    expect(problem({ kind: 'date' }, '2023-02-29')?.message).toMatch(/day 29 does not exist in 2023-02/);
    expect(problem({ kind: 'date' }, '2023-02-30')?.rule).toBe('type');
    expect(problem({ kind: 'date' }, '2023-13-01')?.message).toMatch(/month 13/);
    expect(problem({ kind: 'date' }, '2023-1-01')?.message).toMatch(/YYYY-MM-DD/);
  });

  it('reads times with fractions and 24:00:00', () => {
    expect(parse({ kind: 'time' }, '01:00:30.5')).toEqual({ temporal: 'time', value: 3630.5 });
    expect(parse({ kind: 'time' }, '24:00:00')).toEqual({ temporal: 'time', value: 86400 });
    expect(problem({ kind: 'time' }, '23:60:00')?.rule).toBe('type');
  });

  it('reads timestamps with milliseconds and zone suffixes as UTC instants', () => {
    const ts: LogicalType = { kind: 'timestamp', withTimeZone: true };
    expect(parse(ts, '1970-01-01 00:00:00.250')).toEqual({ temporal: 'timestamp', value: 250 });
    for (const text of ['1970-01-01 01:00:00+01', '1970-01-01 01:00:00+01:00', '1970-01-01T00:00:00Z', '1969-12-31 23:00:00-01']) {
      expect(parse(ts, text)).toEqual({ temporal: 'timestamp', value: 0 });
    }
    expect(problem(ts, '2023-02-30 00:00:00')?.message).toMatch(/does not exist/);
  });

  it('checks a MySQL TIMESTAMP is within 1970-01-01 00:00:01 … 2038-01-19 03:14:07 UTC; DATETIME is unbounded', () => {
    const unix: LogicalType = { kind: 'timestamp', withTimeZone: false, unix: true };
    expect(parse(unix, '1970-01-01 00:00:01')).toEqual({ temporal: 'timestamp', value: 1000 });
    expect(parse(unix, '2038-01-19 03:14:07.999')).toEqual({ temporal: 'timestamp', value: 2_147_483_647_999 });
    for (const text of ['1970-01-01 00:00:00', '1936-05-02 00:00:00', '2038-01-19 03:14:08', '2040-01-01T00:00:00Z']) {
      expect(problem(unix, text)).toEqual({ rule: 'type', message: `"${text}" is out of range for MySQL TIMESTAMP (1970-01-01 00:00:01..2038-01-19 03:14:07 UTC)` });
    }
    expect(problem(unix, '1970-01-01 01:00:00+01')?.message).toMatch(/out of range/);
    expect(parse({ kind: 'domain', name: 'd', base: unix, notNull: false, checks: [] }, '1969-01-01 00:00:00')).toBeInstanceOf(CellProblem);
    expect(parse({ kind: 'timestamp', withTimeZone: false }, '1936-05-02 00:00:00')).toEqual({ temporal: 'timestamp', value: -1062460800000 });
  });
});

describe('other scalars', () => {
  it('reads the boolean vocabulary of every target', () => {
    for (const t of ['true', 't', '1', 'TRUE']) expect(parse({ kind: 'boolean' }, t)).toBe(true);
    for (const f of ['false', 'f', '0']) expect(parse({ kind: 'boolean' }, f)).toBe(false);
    expect(problem({ kind: 'boolean' }, 'yes')?.rule).toBe('type');
  });

  it('counts string length in characters', () => {
    const v: LogicalType = { kind: 'string', variant: 'varchar', length: 3 };
    expect(parse(v, 'héé')).toBe('héé');
    expect(parse(v, '😀😀😀')).toBe('😀😀😀');
    expect(problem(v, 'abcd')).toEqual({ rule: 'length', message: '4 characters exceed varchar(3)' });
    expect(parse({ kind: 'string', variant: 'text' }, 'x'.repeat(10_000))).toHaveLength(10_000);
  });

  it('checks uuid, json, bytes and enum', () => {
    expect(problem({ kind: 'uuid' }, '123e4567-e89b-12d3-a456-426614174000')).toBeUndefined();
    expect(problem({ kind: 'uuid' }, '123e4567e89b12d3a456426614174000')?.rule).toBe('type');
    expect(problem({ kind: 'json', binary: true }, '{"a":[1,2]}')).toBeUndefined();
    expect(problem({ kind: 'json', binary: true }, '{a:1}')?.message).toMatch(/not valid JSON/);
    expect(problem({ kind: 'json', binary: true }, 'hello', { arrayStyle: 'any', lenientJson: true })).toBeUndefined();
    expect(parse({ kind: 'bytes' }, '\\x0aff')).toEqual(Uint8Array.from([10, 255]));
    expect(parse({ kind: 'bytes' }, '0aff')).toEqual(Uint8Array.from([10, 255]));
    expect(problem({ kind: 'bytes' }, 'abc')?.rule).toBe('type');
    expect(problem({ kind: 'bytes', length: 1 }, '0aff')?.rule).toBe('length');
    expect(problem({ kind: 'enum', values: ['a', 'b'] }, 'A')).toEqual({ rule: 'enum', message: '"A" is not one of the enum labels (a, b)' });
  });
});

describe('arrays', () => {
  const ints: LogicalType = { kind: 'array', element: { kind: 'int', bits: 16 } };
  const texts: LogicalType = { kind: 'array', element: { kind: 'string', variant: 'varchar', length: 4 } };

  it('reads PostgreSQL literals with quotes, escapes, NULL and nesting', () => {
    expect(parse(texts, '{a,"b c","x\\"y",NULL,"NULL"}')).toEqual(['a', 'b c', 'x"y', null, 'NULL']);
    expect(parse(ints, '{{1,2},{3,4}}')).toEqual([[1, 2], [3, 4]]);
    expect(parse(ints, '{}')).toEqual([]);
  });

  it('reads JSON arrays and checks each element', () => {
    expect(parse(ints, '[1, null, 3]')).toEqual([1, null, 3]);
    expect(problem(ints, '[1, 40000]')?.message).toMatch(/element \[2\]: 40000 is out of range/);
    expect(problem(texts, '{ok,toolong}')).toEqual({ rule: 'length', message: 'element [2]: 7 characters exceed varchar(4)' });
  });

  it('requires the target syntax when one is set and rejects malformed literals', () => {
    expect(problem(ints, '[1]', { arrayStyle: 'postgres', lenientJson: false })?.message).toMatch(/PostgreSQL array literal/);
    expect(problem(ints, '{1}', { arrayStyle: 'json', lenientJson: false })?.message).toMatch(/JSON array/);
    expect(problem(ints, '{1,2')?.message).toMatch(/not a valid array/);
    expect(problem(ints, '{"1}')?.message).toMatch(/unterminated/);
  });
});

describe('domains', () => {
  it('parse as their base type', () => {
    const d: LogicalType = { kind: 'domain', name: 'posint', base: { kind: 'int', bits: 16 }, notNull: true, checks: [] };
    expect(parse(d, '5')).toBe(5);
    expect(problem(d, '70000')?.rule).toBe('type');
  });
});
