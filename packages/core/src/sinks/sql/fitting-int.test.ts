import { describe, expect, it } from 'vitest';
import type { IntType } from '../../schema/index.js';
import { duckdbType } from '../parquet/duckdb-type.js';
import { mssqlType } from './mssql/mssql-types.js';
import { mysqlType } from './mysql/mysql-types.js';
import { postgresType } from './postgres/postgres-types.js';

const TYPES: readonly (readonly [string, IntType, string, string, string, string])[] = [
  ['TINYINT', { kind: 'int', bits: 8 }, 'TINYINT', 'smallint', 'SMALLINT', 'TINYINT'],
  ['TINYINT UNSIGNED', { kind: 'int', bits: 8, unsigned: true }, 'TINYINT UNSIGNED', 'smallint', 'TINYINT', 'UTINYINT'],
  ['SMALLINT UNSIGNED', { kind: 'int', bits: 16, unsigned: true }, 'SMALLINT UNSIGNED', 'integer', 'INT', 'USMALLINT'],
  ['MEDIUMINT', { kind: 'int', bits: 24 }, 'MEDIUMINT', 'integer', 'INT', 'INTEGER'],
  ['MEDIUMINT UNSIGNED', { kind: 'int', bits: 24, unsigned: true }, 'MEDIUMINT UNSIGNED', 'integer', 'INT', 'UINTEGER'],
  ['YEAR', { kind: 'int', bits: 16, year: true }, 'YEAR', 'smallint', 'SMALLINT', 'SMALLINT'],
  ['INT UNSIGNED', { kind: 'int', bits: 32, unsigned: true }, 'INT UNSIGNED', 'bigint', 'BIGINT', 'UINTEGER'],
  ['BIGINT UNSIGNED', { kind: 'int', bits: 64, unsigned: true }, 'BIGINT UNSIGNED', 'numeric(20,0)', 'DECIMAL(20,0)', 'UBIGINT'],
];

describe('integer types in each dialect', () => {
  it.each(TYPES)('%s is the narrowest type holding all its values', (_name, t, mysql, postgres, mssql, duckdb) => {
    expect(mysqlType(t, false)).toBe(mysql);
    expect(postgresType(t)).toBe(postgres);
    expect(mssqlType(t, false)).toBe(mssql);
    expect(duckdbType(t)).toBe(duckdb);
  });
});
