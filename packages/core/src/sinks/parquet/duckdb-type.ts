import type { LogicalType } from '../../schema/index.js';
import { baseType, type IntType } from '../../schema/index.js';

const DUCKDB_INTS = { 8: 'TINYINT', 16: 'SMALLINT', 24: 'INTEGER', 32: 'INTEGER', 64: 'BIGINT' } as const;

/** DuckDB has no 24-bit integer or YEAR: MEDIUMINT is an INTEGER, YEAR a SMALLINT. */
function duckdbInt(t: IntType): string {
  if (t.year === true) return 'SMALLINT';
  return (t.unsigned === true ? 'U' : '') + DUCKDB_INTS[t.bits];
}

/** The DuckDB (and so Parquet) type a column is written as. */
export function duckdbType(type: LogicalType): string {
  const t = baseType(type);
  switch (t.kind) {
    case 'int': return duckdbInt(t);
    case 'decimal': return t.precision <= 38 ? `DECIMAL(${t.precision},${t.scale})` : 'DOUBLE';
    case 'float': return t.bits === 32 ? 'REAL' : 'DOUBLE';
    case 'boolean': return 'BOOLEAN';
    case 'date': return 'DATE';
    case 'time': return 'TIME';
    case 'timestamp': return t.withTimeZone ? 'TIMESTAMPTZ' : 'TIMESTAMP';
    case 'uuid': return 'UUID';
    case 'bytes': return 'BLOB';
    default: return 'VARCHAR';
  }
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The SELECT expression that turns a CSV text column (PostgreSQL value forms) into its type. */
export function castFromCsv(name: string, type: LogicalType): string {
  const t = duckdbType(type);
  if (t === 'BLOB') return `from_hex(substr(${ident(name)}, 3)) AS ${ident(name)}`;
  if (t === 'VARCHAR') return ident(name);
  return `CAST(${ident(name)} AS ${t}) AS ${ident(name)}`;
}
