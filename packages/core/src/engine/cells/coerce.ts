import type { LogicalType, Value } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';
import { isoFromDays, MS_PER_DAY } from '../../util/index.js';
import type { Native } from './cell-env.js';

type Conv = (v: Value) => Value;
const id: Conv = (v) => v;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function timeText(secs: number): string {
  return `${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}`;
}

function toStringConv(native: Native): Conv {
  switch (native) {
    case 'date': return (v) => isoFromDays(v as number);
    case 'timestamp': return (v) => `${isoFromDays(Math.floor((v as number) / MS_PER_DAY))} ${timeText(Math.floor(((v as number) % MS_PER_DAY) / 1000))}`;
    case 'time': return (v) => timeText(v as number);
    case 'array': return (v) => JSON.stringify(v);
    default: return (v) => (typeof v === 'string' ? v : String(v));
  }
}

function roundTo(scale: number): Conv {
  const f = 10 ** scale;
  return (v) => Math.round((v as number) * f) / f;
}

function toNumberConv(native: Native, t: Exclude<LogicalType, { kind: 'domain' }>): Conv {
  if (native === 'boolean') return (v) => (v ? 1 : 0);
  if (native === 'string') return (v) => Number(v);
  if (t.kind === 'int') return (v) => Math.round(v as number);
  if (t.kind === 'decimal') return roundTo(t.scale);
  return id;
}

function temporalConv(native: Native, target: 'date' | 'timestamp'): Conv {
  if (target === 'date') return native === 'timestamp' ? (v) => Math.floor((v as number) / MS_PER_DAY) : id;
  return native === 'date' ? (v) => (v as number) * MS_PER_DAY : id;
}

/** To text cut at `maxLength`; a string that already fits is returned as it is (the common case). */
function stringConv(native: Native, maxLength: number | undefined): Conv {
  const s = toStringConv(native);
  if (maxLength === undefined) return s;
  if (native !== 'string') return (v) => (s(v) as string).slice(0, maxLength);
  return (v) => (typeof v === 'string' && v.length <= maxLength ? v : String(v).slice(0, maxLength));
}

/** Builds the converter from a generator's native output to the column's value form. */
export function converterFor(native: Native, type: LogicalType, maxLength?: number): Conv {
  const t = baseType(type);
  if (native === 'any') return id;
  switch (t.kind) {
    case 'string': return stringConv(native, maxLength);
    case 'int': case 'decimal': case 'float': return toNumberConv(native, t);
    case 'boolean': return native === 'boolean' ? id : (v) => Boolean(v);
    case 'date': return temporalConv(native, 'date');
    case 'timestamp': return temporalConv(native, 'timestamp');
    default: return id;
  }
}
