import { baseType, type LogicalType, type Value } from '../../schema/index.js';
import { civilFromDays } from '../../util/index.js';
import type { ByteWriter } from '../bytes/byte-writer.js';
import { utcOffsetSuffix } from '../format/format-timestamp.js';
import { textFormatter } from '../format/text-formatter.js';
import type { Target } from '../target.js';
import { writeCsvText } from './csv-text.js';

/** Writes one non-NULL cell into a CSV line. */
export type CsvCellWriter = (w: ByteWriter, v: Value) => void;

const MS_PER_DAY = 86_400_000;

function writeDate(w: ByteWriter, days: number): void {
  const [year, month, day] = civilFromDays(days);
  w.writePadded(year, 4);
  w.writeByte(45);
  w.writePadded(month, 2);
  w.writeByte(45);
  w.writePadded(day, 2);
}

function writeClock(w: ByteWriter, msOfDay: number): void {
  const secs = Math.floor(msOfDay / 1000);
  w.writePadded(Math.floor(secs / 3600), 2);
  w.writeByte(58);
  w.writePadded(Math.floor(secs / 60) % 60, 2);
  w.writeByte(58);
  w.writePadded(secs % 60, 2);
  const millis = msOfDay % 1000;
  if (millis !== 0) { w.writeByte(46); w.writePadded(millis, 3); }
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
