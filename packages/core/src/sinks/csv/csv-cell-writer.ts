import { baseType, type LogicalType, type Value } from '../../schema/index.js';
import { civilFromDays } from '../../util/index.js';
import type { ByteWriter } from '../bytes/byte-writer.js';
import { formatDate } from '../format/format-date.js';
import { utcOffsetSuffix } from '../format/format-timestamp.js';
import { textFormatter } from '../format/text-formatter.js';
import type { Target } from '../target.js';
import { writeCsvText } from './csv-text.js';

/** Writes one non-NULL cell into a CSV line. */
export type CsvCellWriter = (w: ByteWriter, v: Value) => void;

const MS_PER_DAY = 86_400_000;

/** Writes `n` (0–99) as two digits at `p`. */
function put2(buf: Buffer, p: number, n: number): void {
  buf[p] = 48 + ((n / 10) | 0);
  buf[p + 1] = 48 + (n % 10);
}

/** Writes YYYY-MM-DD at the writer's position; years outside 0–9999 take the slow path. */
function writeDate(w: ByteWriter, days: number): void {
  const [year, month, day] = civilFromDays(days);
  if (year < 0 || year > 9999) { w.writeAscii(formatDate(days)); return; }
  w.ensure(10);
  const buf = w.buf;
  const p = w.pos;
  put2(buf, p, (year / 100) | 0);
  put2(buf, p + 2, year % 100);
  buf[p + 4] = 45;
  put2(buf, p + 5, month);
  buf[p + 7] = 45;
  put2(buf, p + 8, day);
  w.advanceTo(p + 10);
}

/** Writes HH:MM:SS[.mmm] for milliseconds since midnight. */
function writeClock(w: ByteWriter, msOfDay: number): void {
  w.ensure(12);
  const buf = w.buf;
  let p = w.pos;
  const secs = (msOfDay / 1000) | 0;
  put2(buf, p, (secs / 3600) | 0);
  buf[p + 2] = 58;
  put2(buf, p + 3, ((secs / 60) | 0) % 60);
  buf[p + 5] = 58;
  put2(buf, p + 6, secs % 60);
  p += 8;
  const millis = msOfDay % 1000;
  if (millis !== 0) {
    buf[p] = 46;
    buf[p + 1] = 48 + ((millis / 100) | 0);
    put2(buf, p + 2, millis % 100);
    p += 4;
  }
  w.advanceTo(p);
}

function timestampWriter(zone: string): CsvCellWriter {
  return (w, v) => {
    const ms = Math.floor(v as number);
    const days = Math.floor(ms / MS_PER_DAY);
    writeDate(w, days);
    w.writeByte(32);
    writeClock(w, ms - days * MS_PER_DAY);
    if (zone !== '') w.writeAscii(zone);
  };
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
/** Below this, `|n| * 10^scale` is computed to within 0.004 of the exact product (as `formatDecimal`). */
const FAST_LIMIT = 2 ** 44;

/** Writes the digits of a non-negative integer k < 2^44 with a point before the last `scale`, at least one digit before it. */
function writeScaled(w: ByteWriter, k: number, scale: number): void {
  let digits = 1;
  for (let t = k; t >= 10; t = Math.floor(t / 10)) digits++;
  const width = Math.max(digits, scale + 1) + (scale > 0 ? 1 : 0);
  w.ensure(width);
  const buf = w.buf;
  const end = w.pos + width;
  let p = end;
  for (let i = 0; p > w.pos; i++) {
    if (scale > 0 && i === scale) buf[--p] = 46;
    buf[--p] = 48 + (k % 10);
    k = Math.floor(k / 10);
  }
  w.advanceTo(end);
}

/**
 * A decimal with exactly `scale` digits, the same bytes as `formatDecimal` (integer path
 * straight into the buffer; near rounding ties and for big values, `formatDecimal` itself).
 */
function decimalWriter(scale: number, format: (v: Value) => string): CsvCellWriter {
  if (scale >= POW10.length) return (w, v) => w.writeAscii(format(v));
  const f = POW10[scale] as number;
  return (w, v) => {
    const n = v as number;
    const x = Math.abs(n) * f;
    const k = Math.round(x);
    if (!(x < FAST_LIMIT) || Math.abs(x - k) > 0.49) { w.writeAscii(format(v)); return; }
    if (n < 0 && k !== 0) w.writeByte(45);
    writeScaled(w, k, scale);
  };
}

/** Types whose text never contains a CSV special character. */
const SAFE_KINDS = new Set(['decimal', 'float', 'boolean', 'time', 'bytes']);

/**
 * Compiles how a column's non-NULL values are written into CSV: integers, dates and
 * timestamps straight as bytes; text quoted only when needed; everything else through
 * {@link textFormatter}.
 *
 * @example
 * ```ts
 * const write = csvCellWriter({ kind: 'date' }, 'postgres')
 * write(writer, 0) // 1970-01-01
 * ```
 */
export function csvCellWriter(type: LogicalType, target: Target): CsvCellWriter {
  const t = baseType(type);
  if (t.kind === 'int') return (w, v) => w.writeInt(v as number);
  if (t.kind === 'date') return (w, v) => writeDate(w, v as number);
  if (t.kind === 'timestamp') return timestampWriter(t.withTimeZone ? utcOffsetSuffix(target) : '');
  if (t.kind === 'string' || t.kind === 'enum' || t.kind === 'uuid' || t.kind === 'json') {
    return (w, v) => writeCsvText(w, v as string);
  }
  const format = textFormatter(t, target);
  if (t.kind === 'decimal') return decimalWriter(t.scale, format);
  if (SAFE_KINDS.has(t.kind)) return (w, v) => w.writeAscii(format(v));
  return (w, v) => writeCsvText(w, format(v));
}
