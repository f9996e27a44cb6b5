import type { IntType, LogicalType } from '../../../schema/index.js';
import { fittingInt, signedLadder, type IntLadder } from '../fitting-int.js';
import { enumLength } from '../implied-checks.js';

/** SQL Server's TINYINT is unsigned (0…255). */
const INTS: IntLadder = [['TINYINT', 0n, 255n], ...signedLadder(['SMALLINT', 'INT', 'BIGINT'])];

const intType = (t: IntType): string => fittingInt(t, INTS, 'DECIMAL(20,0)');

/** XML keeps its type; network addresses are NVARCHAR(43)/NVARCHAR(17) like any bounded string. */
function stringType(t: Extract<LogicalType, { kind: 'string' }>, isKey: boolean): string {
  if (t.format === 'xml') return 'XML';
  const n = t.length;
  if (t.variant === 'char' && (n ?? 1) <= 4000) return `NCHAR(${n ?? 1})`;
  if (t.variant !== 'text' && n !== undefined && n <= 4000) return `NVARCHAR(${n})`;
  return isKey ? 'NVARCHAR(450)' : 'NVARCHAR(MAX)';
}

function bytesType(t: Extract<LogicalType, { kind: 'bytes' }>, isKey: boolean): string {
  if (t.length !== undefined && t.length <= 8000) return `VARBINARY(${t.length})`;
  return isKey ? 'VARBINARY(900)' : 'VARBINARY(MAX)';
}

/**
 * The SQL Server type for a logical type: NVARCHAR text (NVARCHAR(450) when indexed),
 * BIT, UNIQUEIDENTIFIER, DATETIME2(3)/DATETIMEOFFSET(3), enums as NVARCHAR(n) + CHECK,
 * JSON and arrays as NVARCHAR(MAX). Domains use their base type.
 *
 * @example
 * ```ts
 * mssqlType({ kind: 'boolean' }, false) // 'BIT'
 * ```
 */
export function mssqlType(t: LogicalType, isKey: boolean): string {
  switch (t.kind) {
    case 'int': return intType(t);
    case 'decimal': return `DECIMAL(${Math.min(t.precision, 38)},${Math.min(t.scale, 38, t.precision)})`;
    case 'float': return t.bits === 32 ? 'REAL' : 'FLOAT';
    case 'boolean': return 'BIT';
    case 'string': return stringType(t, isKey);
    case 'date': return 'DATE';
    case 'time': return 'TIME(0)';
    case 'timestamp': return t.withTimeZone ? 'DATETIMEOFFSET(3)' : 'DATETIME2(3)';
    case 'uuid': return 'UNIQUEIDENTIFIER';
    case 'json': case 'array': return 'NVARCHAR(MAX)';
    case 'bytes': return bytesType(t, isKey);
    case 'enum': return `NVARCHAR(${enumLength(t.values)})`;
    case 'domain': return mssqlType(t.base, isKey);
  }
}
