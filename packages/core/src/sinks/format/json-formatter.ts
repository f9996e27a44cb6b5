import { baseType, type LogicalType, type Value } from '../../schema/index.js';
import type { Target } from '../target.js';
import { bytesToHex } from './format-bytes.js';
import { formatDate } from './format-date.js';
import { formatDecimal, formatFloat } from './format-number.js';
import { formatTime } from './format-time.js';
import { formatTimestamp } from './format-timestamp.js';

/** Formats one cell as a JSON value text (`null` for NULL). */
export type JsonFormatter = (v: Value) => string;

const finite = (n: number, text: string): string => (Number.isFinite(n) ? text : 'null');

/**
 * Compiles the JSON form of a column's values: numbers as JSON numbers (decimals keep
 * their `scale` digits, e.g. `12.50`), booleans `true`/`false`, dates and times as the
 * target's ISO strings, bytes as a hex string, arrays as JSON arrays, `json` columns
 * embedded as the JSON value they hold. Non-finite floats become `null`.
 *
 * @example
 * ```ts
 * jsonFormatter({ kind: 'array', element: { kind: 'int', bits: 32 } }, 'postgres')([1, null]) // '[1,null]'
 * ```
 */
export function jsonFormatter(type: LogicalType, target: Target): JsonFormatter {
  const f = nonNullJsonFormatter(type, target);
  return (v) => (v === null ? 'null' : f(v));
}

function nonNullJsonFormatter(type: LogicalType, target: Target): JsonFormatter {
  const t = baseType(type);
  switch (t.kind) {
    case 'int': return (v) => finite(v as number, String(v));
    case 'decimal': return (v) => finite(v as number, formatDecimal(v as number, t.scale));
    case 'float': return (v) => finite(v as number, formatFloat(v as number, t.bits));
    case 'boolean': return (v) => (v ? 'true' : 'false');
    case 'date': return (v) => `"${formatDate(v as number)}"`;
    case 'time': return (v) => `"${formatTime(v as number)}"`;
    case 'timestamp': return (v) => `"${formatTimestamp(v as number, t.withTimeZone, target)}"`;
    case 'bytes': return (v) => `"${bytesToHex(v as Uint8Array)}"`;
    case 'json': return (v) => ((v as string).trim() === '' ? 'null' : (v as string));
    case 'array': return arrayFormatter(t.element, target);
    default: return (v) => JSON.stringify(v);
  }
}

function arrayFormatter(element: LogicalType, target: Target): JsonFormatter {
  const inner = jsonFormatter(element, target);
  return (v) => `[${(v as readonly Value[]).map(inner).join(',')}]`;
}
