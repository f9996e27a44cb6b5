import type { LogicalType } from '../../../schema/index.js';

/**
 * The SQLite affinity type for a logical type: INTEGER, REAL, NUMERIC (decimals), BLOB
 * (bytes) or TEXT (strings, enums, uuids, JSON, arrays as JSON, ISO dates and times).
 *
 * @example
 * ```ts
 * sqliteType({ kind: 'decimal', precision: 10, scale: 2 }) // 'NUMERIC'
 * ```
 */
export function sqliteType(t: LogicalType): string {
  switch (t.kind) {
    case 'int': case 'boolean': return 'INTEGER';
    case 'decimal': return 'NUMERIC';
    case 'float': return 'REAL';
    case 'bytes': return 'BLOB';
    case 'domain': return sqliteType(t.base);
    default: return 'TEXT';
  }
}
