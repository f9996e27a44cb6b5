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
  if (SAFE_KINDS.has(t.kind)) return (w, v) => w.writeAscii(format(v));
  return (w, v) => writeCsvText(w, format(v));
}
