import { baseType, type LogicalType, type Value } from '../../schema/index.js';
import { bytesToHex } from '../format/format-bytes.js';
import { formatDecimal, formatFloat } from '../format/format-number.js';
import { textFormatter } from '../format/text-formatter.js';
import type { SqlSyntax } from './sql-dialect.js';

/** Renders one cell (NULL included) as a SQL literal. */
export type SqlLiteral = (v: Value) => string;

function floatLiteral(bits: 32 | 64, syntax: SqlSyntax): SqlLiteral {
  return (v) => {
    const n = v as number;
    if (Number.isFinite(n)) return formatFloat(n, bits);
    return syntax.target === 'postgres' ? syntax.stringLiteral(String(n)) : 'NULL';
  };
}

function nonNull(type: LogicalType, syntax: SqlSyntax): SqlLiteral {
  const t = baseType(type);
  switch (t.kind) {
    case 'int': return (v) => String(v);
    case 'decimal': return (v) => formatDecimal(v as number, t.scale);
    case 'float': return floatLiteral(t.bits, syntax);
    case 'boolean': return (v) => syntax.booleanLiteral(v as boolean);
    case 'bytes': return (v) => syntax.bytesLiteral(bytesToHex(v as Uint8Array));
    case 'string': case 'enum': case 'uuid': case 'json': return (v) => syntax.stringLiteral(v as string);
    default: {
      const text = textFormatter(t, syntax.target);
      return (v) => syntax.stringLiteral(text(v));
    }
  }
}

/**
 * Compiles the SQL literal of a column's values for a target: bare numbers, target
 * booleans, binary literals (`'\x..'`, `X'..'`, `0x..`), quoted text otherwise (dates,
 * times and timestamps in the target's text form, PostgreSQL array literals, JSON).
 * Non-finite floats are `'NaN'`/`'Infinity'` on PostgreSQL and NULL elsewhere.
 *
 * @example
 * ```ts
 * sqlLiteralFormatter({ kind: 'bytes' }, sqlSyntax('mysql'))(new Uint8Array([1])) // "X'01'"
 * ```
 */
export function sqlLiteralFormatter(type: LogicalType, syntax: SqlSyntax): SqlLiteral {
  const f = nonNull(type, syntax);
  return (v) => (v === null || v === undefined ? 'NULL' : f(v));
}
