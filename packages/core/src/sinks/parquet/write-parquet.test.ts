import { describe, expect, it, vi } from 'vitest';
import { isRowforgeError } from '../../errors/index.js';
import { castFromCsv, duckdbType } from './duckdb-type.js';
import { convertToParquet } from './write-parquet.js';

vi.mock('@duckdb/node-api', () => {
  throw new Error('Cannot find package @duckdb/node-api');
});

describe('Parquet output', () => {
  it('says how to install DuckDB when the optional package is missing', async () => {
    const failure: unknown = await convertToParquet('/nowhere', [], []).catch((e: unknown) => e);
    expect(isRowforgeError(failure, 'USAGE')).toBe(true);
    expect(String((failure as Error).message)).toMatch(/optional package @duckdb\/node-api/);
  });

  it('maps logical types to DuckDB types and casts the CSV text', () => {
    expect(duckdbType({ kind: 'decimal', precision: 10, scale: 2 })).toBe('DECIMAL(10,2)');
    expect(duckdbType({ kind: 'int', bits: 64, unsigned: true })).toBe('UBIGINT');
    expect(duckdbType({ kind: 'timestamp', withTimeZone: true })).toBe('TIMESTAMPTZ');
    expect(duckdbType({ kind: 'enum', values: ['a'] })).toBe('VARCHAR');
    expect(castFromCsv('blob"x', { kind: 'bytes' })).toBe('from_hex(substr("blob""x", 3)) AS "blob""x"');
  });
});
