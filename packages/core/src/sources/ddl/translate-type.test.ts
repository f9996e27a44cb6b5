import { describe, expect, it } from 'vitest';
import type { Dialect, LogicalType } from '../../schema/index.js';
import { nativeType } from './native-type.js';
import { translateType } from './translate-type.js';

const t = (d: Dialect, name: string, args: (number | 'max')[] = [], extra = {}): LogicalType | undefined => translateType(nativeType(name, args, extra), d);

describe('translateType', () => {
  it('maps the common integer, float and decimal types', () => {
    expect(t('postgres', 'int2')).toEqual({ kind: 'int', bits: 16 });
    expect(t('mysql', 'int', [11])).toEqual({ kind: 'int', bits: 32 });
    expect(t('mysql', 'bigint', [], { unsigned: true })).toEqual({ kind: 'int', bits: 64, unsigned: true });
    expect(t('postgres', 'float4')).toEqual({ kind: 'float', bits: 32 });
    expect(t('mysql', 'double')).toEqual({ kind: 'float', bits: 64 });
    expect(t('postgres', 'numeric', [12, 2])).toEqual({ kind: 'decimal', precision: 12, scale: 2 });
    expect(t('mysql', 'decimal')).toEqual({ kind: 'decimal', precision: 10, scale: 0 });
  });

  it('maps dialect booleans: TINYINT(1), BIT, BOOL', () => {
    expect(t('mysql', 'tinyint', [1])).toEqual({ kind: 'boolean' });
    expect(t('mssql', 'bit')).toEqual({ kind: 'boolean' });
    expect(t('mysql', 'bool')).toEqual({ kind: 'boolean' });
  });

  it('reads int[][] as int[], as PostgreSQL does', () => {
    expect(t('postgres', 'int4', [], { arrayDims: 2 })).toEqual({ kind: 'array', element: { kind: 'int', bits: 32 } });
  });

  it('keeps the widths of TINYINT, MEDIUMINT and YEAR', () => {
    expect(t('mysql', 'tinyint')).toEqual({ kind: 'int', bits: 8 });
    expect(t('mssql', 'tinyint')).toEqual({ kind: 'int', bits: 8, unsigned: true });
    expect(t('mysql', 'mediumint')).toEqual({ kind: 'int', bits: 24 });
    expect(t('mysql', 'year', [4])).toEqual({ kind: 'int', bits: 16, year: true });
  });

  it('maps strings, MAX lengths and binary types', () => {
    expect(t('mssql', 'nvarchar', ['max'])).toEqual({ kind: 'string', variant: 'text' });
    expect(t('mysql', 'varchar', [255])).toEqual({ kind: 'string', variant: 'varchar', length: 255 });
    expect(t('postgres', 'bpchar', [3])).toEqual({ kind: 'string', variant: 'char', length: 3 });
    expect(t('mysql', 'longtext')).toEqual({ kind: 'string', variant: 'text' });
    expect(t('mysql', 'varbinary', [16])).toEqual({ kind: 'bytes', length: 16 });
    expect(t('postgres', 'bytea')).toEqual({ kind: 'bytes' });
  });

  it('maps temporal types with and without zone', () => {
    expect(t('mysql', 'datetime')).toEqual({ kind: 'timestamp', withTimeZone: false });
    expect(t('mysql', 'timestamp', [3])).toEqual({ kind: 'timestamp', withTimeZone: false, unix: true });
    expect(t('postgres', 'timestamp')).toEqual({ kind: 'timestamp', withTimeZone: false });
    expect(t('sqlite', 'timestamp')).toEqual({ kind: 'timestamp', withTimeZone: false });
    expect(t('postgres', 'timestamptz')).toEqual({ kind: 'timestamp', withTimeZone: true });
    expect(t('mssql', 'datetimeoffset')).toEqual({ kind: 'timestamp', withTimeZone: true });
    expect(t('mssql', 'datetime2', [7])).toEqual({ kind: 'timestamp', withTimeZone: false });
  });

  it('maps uuid, json, arrays and inline enums', () => {
    expect(t('mssql', 'uniqueidentifier')).toEqual({ kind: 'uuid' });
    expect(t('postgres', 'jsonb')).toEqual({ kind: 'json', binary: true });
    expect(t('postgres', 'text', [], { arrayDims: 1 })).toEqual({ kind: 'array', element: { kind: 'string', variant: 'text' } });
    expect(t('mysql', 'enum', [], { values: ['a', 'b'] })).toEqual({ kind: 'enum', values: ['a', 'b'] });
  });

  it('uses SQLite type affinity for unknown names, and refuses them elsewhere', () => {
    expect(t('sqlite', 'unsigned big int')).toEqual({ kind: 'int', bits: 64 });
    expect(t('sqlite', 'varying character', [20])).toEqual({ kind: 'string', variant: 'text' });
    expect(t('sqlite', '')).toEqual({ kind: 'string', variant: 'text' });
    expect(t('sqlite', 'number')).toEqual({ kind: 'decimal', precision: 18, scale: 2 });
    expect(t('postgres', 'hstore')).toBeUndefined();
    expect(t('postgres', 'constructor')).toBeUndefined();
  });

  it.each(['hstore', 'tsvector', 'geometry', 'ltree', 'hierarchyid'])('refuses %s in every dialect: SQLite\'s NUMERIC affinity does not make it a number', (name) => {
    for (const d of ['postgres', 'mysql', 'sqlite', 'mssql'] as const) expect(t(d, name)).toBeUndefined();
  });

  it('reads any other name in SQLite by its affinity (LONG, CURRENCY: NUMERIC), but not when SQLite was only guessed', () => {
    for (const name of ['long', 'currency', 'date_time', 'widget']) {
      expect(translateType(nativeType(name), 'sqlite')?.kind, name).toBe('decimal');
      expect(translateType(nativeType(name), 'sqlite', true), name).toBeUndefined();
    }
    expect(translateType(nativeType('number'), 'sqlite', true)?.kind).toBe('decimal');
    expect(t('postgres', 'widget')).toBeUndefined();
  });

  it('maps inet, cidr and macaddr to strings of their longest form, and xml to text, each with its format', () => {
    for (const d of ['postgres', 'mysql', 'sqlite', 'mssql'] as const) {
      expect(t(d, 'inet')).toEqual({ kind: 'string', variant: 'varchar', length: 43, format: 'inet' });
      expect(t(d, 'cidr')).toEqual({ kind: 'string', variant: 'varchar', length: 43, format: 'cidr' });
      expect(t(d, 'macaddr')).toEqual({ kind: 'string', variant: 'varchar', length: 17, format: 'macaddr' });
      expect(t(d, 'xml')).toEqual({ kind: 'string', variant: 'text', format: 'xml' });
    }
    expect(t('postgres', 'inet', [], { arrayDims: 1 })).toEqual({ kind: 'array', element: { kind: 'string', variant: 'varchar', length: 43, format: 'inet' } });
  });
});
