import { intTypeName, isUnixTimestamp, type IntType, type LogicalType } from '../../../schema/index.js';
import { mysqlStringLiteral } from '../sql-strings.js';

/** Longest VARCHAR that still fits a utf8mb4 index key several columns wide. */
export const MYSQL_KEY_VARCHAR = 191;

function intType(t: IntType): string {
  const name = intTypeName(t).toUpperCase();
  return t.unsigned === true && t.year !== true ? `${name} UNSIGNED` : name;
}

function stringType(t: Extract<LogicalType, { kind: 'string' }>, isKey: boolean): string {
  const n = t.length;
  if (t.variant === 'char' && (n ?? 1) <= 255) return `CHAR(${n ?? 1})`;
  if (t.variant !== 'text' && n !== undefined && n <= 16383) return `VARCHAR(${n})`;
  return isKey ? `VARCHAR(${MYSQL_KEY_VARCHAR})` : 'TEXT';
}

function bytesType(t: Extract<LogicalType, { kind: 'bytes' }>, isKey: boolean): string {
  if (t.length !== undefined && t.length <= 65535) return `VARBINARY(${t.length})`;
  return isKey ? 'VARBINARY(255)' : 'LONGBLOB';
}

/**
 * The MySQL/MariaDB type for a logical type: native ENUM, TIMESTAMP(3) for a MySQL TIMESTAMP
 * and DATETIME(3) for other timestamps of both kinds (values are UTC), CHAR(36) uuids, JSON
 * arrays; unbounded text and bytes become VARCHAR(191)/VARBINARY(255) when indexed (`isKey`),
 * TEXT/LONGBLOB otherwise. Domains use their base type (their checks become column CHECKs).
 *
 * @example
 * ```ts
 * mysqlType({ kind: 'string', variant: 'text' }, true) // 'VARCHAR(191)'
 * ```
 */
export function mysqlType(t: LogicalType, isKey: boolean): string {
  switch (t.kind) {
    case 'int': return intType(t);
    case 'decimal': return `DECIMAL(${Math.min(t.precision, 65)},${Math.min(t.scale, 30, Math.min(t.precision, 65))})`;
    case 'float': return t.bits === 32 ? 'FLOAT' : 'DOUBLE';
    case 'boolean': return 'BOOLEAN';
    case 'string': return stringType(t, isKey);
    case 'date': return 'DATE';
    case 'time': return 'TIME';
    case 'timestamp': return t.unix === true ? 'TIMESTAMP(3)' : 'DATETIME(3)';
    case 'uuid': return 'CHAR(36)';
    case 'json': case 'array': return 'JSON';
    case 'bytes': return bytesType(t, isKey);
    case 'enum': return `ENUM(${t.values.map(mysqlStringLiteral).join(', ')})`;
    case 'domain': return mysqlType(t.base, isKey);
  }
}

/**
 * ` NULL` after a nullable TIMESTAMP: where `explicit_defaults_for_timestamp` is off (MySQL 5.7,
 * MariaDB before 10.10) a TIMESTAMP without it is NOT NULL and a NULL inserted becomes the current time.
 */
export function mysqlNullable(t: LogicalType, nullable: boolean): string {
  return nullable && isUnixTimestamp(t) && !(t.kind === 'domain' && t.notNull) ? ' NULL' : '';
}

/** MySQL rejects literal DEFAULTs on these unless parenthesised (8.0.13+, MariaDB 10.2+). */
export function mysqlNeedsParenDefault(t: LogicalType, isKey: boolean): boolean {
  const sql = mysqlType(t, isKey);
  return sql === 'TEXT' || sql === 'JSON' || sql === 'LONGBLOB';
}
