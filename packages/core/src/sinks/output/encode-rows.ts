import { RowforgeError } from '../../errors/index.js';
import type { EncodedRows, LoadOrder, Row, RowEncoding, RowRange, TableData } from '../../schema/index.js';
import type { ByteSink } from '../bytes/byte-sink.js';
import { ByteWriter } from '../bytes/byte-writer.js';
import { CsvEncoder } from '../csv/csv-encoder.js';
import { JsonTableEncoder } from '../json/json-table-encoder.js';
import { deferredColumnIndexes } from '../sql/foreign-key-placement.js';
import { InsertWriter } from '../sql/insert-writer.js';
import { sqlDialect } from '../sql/sql-dialects.js';

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

/** Writes a row; `finish` ends the range. One closure per format keeps each call site monomorphic. */
interface RangeWriter { readonly write: (row: Readonly<Row>) => void; readonly finish?: () => void }

/** The SQL sink's INSERTs for rows from `start`, which must be where a statement starts (NULL deferred columns need the load order). */
function insertWriter(data: TableData, encoding: RowEncoding, w: ByteWriter, start: number, order: LoadOrder | undefined): InsertWriter {
  const dialect = sqlDialect(encoding.target);
  if ((encoding.nullDeferred && !order) || start % dialect.maxRowsPerInsert !== 0) {
    throw new RowforgeError('INTERNAL', `SQL rows of "${data.table.name}" encoded from row ${start} without the run's load order or off a statement start`, { table: data.table.name });
  }
  return new InsertWriter(data.table, dialect, w, order && encoding.nullDeferred ? deferredColumnIndexes(order, data.table) : [], start);
}

function rangeWriter(data: TableData, encoding: RowEncoding, w: ByteWriter, start: number, order: LoadOrder | undefined): RangeWriter {
  if (encoding.format === 'csv') {
    const csv = new CsvEncoder(data.table.columns, encoding.target, w);
    return { write: (row) => csv.writeRow(row) };
  }
  if (encoding.format === 'sql') {
    const ins = insertWriter(data, encoding, w, start, order);
    return { write: (row) => ins.writeRow(row), finish: () => ins.finish() };
  }
  const json = new JsonTableEncoder(data.table.columns, encoding.target, w, encoding.format, start);
  return { write: (row) => json.writeRow(row) };
}

/**
 * Rows [range.start, range.end) of a table encoded exactly as the table-file writers
 * encode them (no CSV header, no JSON brackets; a JSON row after the first of the file
 * starts with `,`), or as the SQL sink's INSERT statements (`nullDeferred` needs the run's load
 * `order`; the range ends where the table does or on a statement start). What a worker hands back for one range of a table.
 *
 * @example
 * ```ts
 * const { bytes } = encodeRows(tableData, { format: 'csv', target: 'postgres' }, { start: 0, end: 1000 })
 * ```
 */
export function encodeRows(data: TableData, encoding: RowEncoding, range: RowRange, order?: LoadOrder): EncodedRows {
  const sink = new ChunkSink();
  const w = new ByteWriter(sink, SCRATCH_BYTES, (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)));
  const { write, finish } = rangeWriter(data, encoding, w, range.start, order);
  if (data.eachRow) data.eachRow(range, write);
  else for (const batch of data.batches(range)) for (const row of batch) write(row);
  finish?.();
  w.flush();
  return { rows: range.end - range.start, bytes: sink.join() };
}
