import { baseType, type LogicalType, type Value } from '../../schema/index.js';
import type { Target } from '../target.js';
import { formatBoolean } from './format-boolean.js';
import { bytesToHex } from './format-bytes.js';
import { formatDate } from './format-date.js';
import { formatDecimal, formatFloat } from './format-number.js';
import { formatTime } from './format-time.js';
import { formatTimestamp } from './format-timestamp.js';
import { jsonFormatter } from './json-formatter.js';
import { postgresArrayFormatter } from './postgres-array.js';

/** Formats one non-NULL cell of a known type as text. */
export type TextFormatter = (v: Value) => string;

/**
 * Compiles the text form of a column's values for a target (what CSV fields and SQL
 * string literals contain): ISO dates, `HH:MM:SS`, `YYYY-MM-DD HH:MM:SS[.mmm][+00]`,
 * target booleans, `toFixed(scale)` decimals, shortest floats, `\x..` (PostgreSQL)
 * or plain hex bytes, PostgreSQL array literals or JSON arrays elsewhere.
 *
 * @example
 * ```ts
 * const f = textFormatter({ kind: 'date' }, 'postgres')
 * f(11016) // '2000-02-29'
 * ```
 */
export function textFormatter(type: LogicalType, target: Target): TextFormatter {
  const t = baseType(type);
  switch (t.kind) {
    case 'int': return (v) => String(v);
    case 'decimal': return (v) => formatDecimal(v as number, t.scale);
    case 'float': return (v) => formatFloat(v as number, t.bits);
    case 'boolean': return (v) => formatBoolean(v as boolean, target);
    case 'date': return (v) => formatDate(v as number);
    case 'time': return (v) => formatTime(v as number);
    case 'timestamp': return (v) => formatTimestamp(v as number, t.withTimeZone, target);
    case 'bytes': return target === 'postgres' ? (v) => `\\x${bytesToHex(v as Uint8Array)}` : (v) => bytesToHex(v as Uint8Array);
    case 'array': return arrayFormatter(t.element, target);
    default: return (v) => v as string;
  }
}

function arrayFormatter(element: LogicalType, target: Target): TextFormatter {
  if (target !== 'postgres') return jsonFormatter({ kind: 'array', element }, target);
  return postgresArrayFormatter(textFormatter(element, target), baseType(element).kind === 'array');
}

/**
 * The text form of one cell, or `null` for SQL NULL.
 *
 * @example
 * ```ts
 * formatValue(true, { kind: 'boolean' }, 'mysql') // '1'
 * formatValue(null, { kind: 'boolean' }, 'mysql') // null
 * ```
 */
export function formatValue(v: Value, type: LogicalType, target: Target): string | null {
  return v === null ? null : textFormatter(type, target)(v);
}
