import { describe, expect, it } from 'vitest';
import type { Column, LogicalType, Row } from '../../schema/index.js';
import { daysFromCivil } from '../../util/index.js';
import { formatDecimal } from '../format/format-number.js';
import { encodeCsv } from './csv-encoder.js';

const column = (name: string, type: LogicalType): Column => ({ name, type, nullable: true });
const text = column('t', { kind: 'string', variant: 'text' });

/** The CSV of one text column, without the header line. */
function cells(values: readonly (string | null)[]): string[] {
  return encodeCsv([text], values.map((v) => [v]), 'postgres').split('\n').slice(1, -1);
}

describe('CSV quoting', () => {
  it('writes NULL as an empty unquoted field and the empty string as ""', () => {
    expect(cells([null, ''])).toEqual(['', '""']);
  });

  it('leaves plain text unquoted', () => {
    expect(cells(['plain', 'semi;colon', 'tab\tinside', 'ünïcödé 😀'])).toEqual(['plain', 'semi;colon', 'tab\tinside', 'ünïcödé 😀']);
  });

  it('quotes commas and doubles quotes', () => {
    expect(cells(['a,b', 'say "hi"', '"'])).toEqual(['"a,b"', '"say ""hi"""', '""""']);
  });

  it('quotes CR and LF', () => {
    const csv = encodeCsv([text], [['line1\nline2'], ['cr\rhere'], ['crlf\r\n']], 'postgres');
    expect(csv).toBe('t\n"line1\nline2"\n"cr\rhere"\n"crlf\r\n"\n');
  });

  it('quotes leading and trailing spaces', () => {
    expect(cells([' lead', 'trail ', 'in side', '\ttab'])).toEqual(['" lead"', '"trail "', 'in side', '"\ttab"']);
  });

  it('quotes long strings with special characters too', () => {
    const long = `${'x'.repeat(100)},${'y'.repeat(100)}`;
    expect(cells([long])).toEqual([`"${long}"`]);
  });

  it('quotes header names like values', () => {
    expect(encodeCsv([column('a,b', { kind: 'int', bits: 32 }), column('c', { kind: 'int', bits: 32 })], [], 'postgres')).toBe('"a,b",c\n');
  });
});

describe('CSV values', () => {
  const columns: Column[] = [
    column('i', { kind: 'int', bits: 64 }),
    column('d', { kind: 'date' }),
    column('ts', { kind: 'timestamp', withTimeZone: true }),
    column('b', { kind: 'boolean' }),
    column('n', { kind: 'decimal', precision: 6, scale: 2 }),
    column('a', { kind: 'array', element: { kind: 'string', variant: 'text' } }),
  ];
  const row: Row = [-12, daysFromCivil(1969, 12, 31), Date.parse('2000-02-29T23:59:59.999Z'), true, 3.5, ['x y', null]];

  it('formats every type for PostgreSQL', () => {
    expect(encodeCsv(columns, [row], 'postgres')).toBe('i,d,ts,b,n,a\n-12,1969-12-31,2000-02-29 23:59:59.999+00,true,3.50,"{""x y"",NULL}"\n');
  });

  it('formats every type for MySQL', () => {
    expect(encodeCsv(columns, [row], 'mysql')).toBe('i,d,ts,b,n,a\n-12,1969-12-31,2000-02-29 23:59:59.999,1,3.50,"[""x y"",null]"\n');
  });

  it('writes large integers and all-NULL rows', () => {
    expect(encodeCsv(columns.slice(0, 2), [[2 ** 53 - 1, null], [null, null], [0, 0]], 'postgres')).toBe('i,d\n9007199254740991,\n,\n0,1970-01-01\n');
  });
});

describe('CSV decimals', () => {
  it('writes the same text as formatDecimal, also near rounding ties, for negatives and huge values', () => {
    const values = [0, -0, 0.5, -0.5, 1e-9, -0.001, 0.004, -0.004, 12.345, 99.995, 1.005, 123456789.12, 2 ** 40, -(2 ** 40) / 7, 1e15, -1e20, 0.125];
    for (let i = 0; i < 2000; i++) values.push((Math.sin(i) * 10 ** (i % 12)) / 3);
    for (const scale of [0, 2, 4, 9, 12]) {
      const col = column('d', { kind: 'decimal', precision: 38, scale });
      const lines = encodeCsv([col], values.map((v) => [v]), 'postgres').split('\n').slice(1, -1);
      expect(lines).toEqual(values.map((v) => formatDecimal(v, scale)));
    }
  });
});
