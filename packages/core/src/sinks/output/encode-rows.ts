import type { EncodedRows, Row, RowEncoding, RowRange, TableData } from '../../schema/index.js';
import type { ByteSink } from '../bytes/byte-sink.js';
import { ByteWriter } from '../bytes/byte-writer.js';
import { CsvEncoder } from '../csv/csv-encoder.js';
import { JsonTableEncoder } from '../json/json-table-encoder.js';

/** Collects a writer's flushed chunks and joins them into one buffer of its own. */
class ChunkSink implements ByteSink {
  readonly #chunks: Uint8Array[] = [];
  #length = 0;

  write(chunk: Uint8Array): void {
    this.#chunks.push(new Uint8Array(chunk)); // a copy: the writer reuses its buffer (Buffer#slice would not copy)
    this.#length += chunk.length;
  }

  /** Everything written, in a fresh `Uint8Array` that owns its whole `ArrayBuffer` (transferable). */
  join(): Uint8Array {
    if (this.#chunks.length === 1) return this.#chunks[0] as Uint8Array;
    const out = new Uint8Array(this.#length);
    let at = 0;
    for (const c of this.#chunks) { out.set(c, at); at += c.length; }
    return out;
  }
}

const SCRATCH_BYTES = 4 << 20;
/** One scratch buffer per thread, reused by every call (`encodeRows` is synchronous, calls never overlap). */
let scratch: Buffer | undefined;

function rowWriter(data: TableData, encoding: RowEncoding, w: ByteWriter, rowsBefore: number): (row: Readonly<Row>) => void {
  if (encoding.format === 'csv') {
    const csv = new CsvEncoder(data.table.columns, encoding.target, w);
    return (row) => csv.writeRow(row);
  }
  const json = new JsonTableEncoder(data.table.columns, encoding.target, w, encoding.format, rowsBefore);
  return (row) => json.writeRow(row);
}

/**
 * Rows [range.start, range.end) of a table encoded exactly as the table-file writers
 * encode them (no CSV header, no JSON brackets; a JSON row after the first of the file
 * starts with `,`). What a worker hands back for one range of a table.
 *
 * @example
 * ```ts
 * const { bytes } = encodeRows(tableData, { format: 'csv', target: 'postgres' }, { start: 0, end: 1000 })
 * ```
 */
export function encodeRows(data: TableData, encoding: RowEncoding, range: RowRange): EncodedRows {
  const sink = new ChunkSink();
  const w = new ByteWriter(sink, SCRATCH_BYTES, (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)));
  const write = rowWriter(data, encoding, w, range.start);
  if (data.eachRow) data.eachRow(range, write);
  else for (const batch of data.batches(range)) for (const row of batch) write(row);
  w.flush();
  return { rows: range.end - range.start, bytes: sink.join() };
}
