import type { EncodedRows, Row, RowEncoding, TableData } from '../../schema/index.js';
import { ByteWriter, CsvEncoder, MemorySink, sqlSyntax } from '../../sinks/index.js';

const q = (name: string): string => sqlSyntax('postgres').quoteIdent(name);

/** Rows are encoded a batch at a time; about this many bytes are buffered per chunk. */
const CHUNK = 1 << 20;

/** CSV rows (the CSV sink's encoder, no header) into an in-memory buffer, taken a chunk at a time. */
class ChunkEncoder {
  #sink = new MemorySink();
  #writer = new ByteWriter(this.#sink);
  #encoder: CsvEncoder;
  rows = 0;

  constructor(private readonly data: TableData) {
    this.#encoder = new CsvEncoder(data.table.columns, 'postgres', this.#writer);
  }

  write(batch: readonly Row[]): void {
    this.#encoder.writeRows(batch);
    this.rows += batch.length;
  }

  take(): Uint8Array {
    this.#writer.flush();
    const bytes = this.#sink.bytes();
    this.#sink = new MemorySink();
    this.#writer = new ByteWriter(this.#sink);
    this.#encoder = new CsvEncoder(this.data.table.columns, 'postgres', this.#writer);
    this.rows = 0;
    return bytes;
  }
}

const CSV: RowEncoding = { format: 'csv', target: 'postgres' };

/**
 * The table's rows as PostgreSQL CSV chunks (the CSV sink's bytes, no header), each ending on a
 * row boundary and read once, in row order: from the worker pool's `encoded` chunks when there
 * are any, else encoded in this thread batch by batch (about 1 MiB a chunk). `onRows` gets the
 * rows sent so far after each chunk is taken (and once with 0 for an empty table).
 *
 * @example
 * ```ts
 * await session.copyCsvFrom(copyTarget(t), csvChunks(t, (done) => console.log(done)))
 * ```
 */
export function csvChunks(data: TableData, onRows: (done: number) => void): AsyncGenerator<Uint8Array> {
  return data.encoded ? pooledChunks(data.encoded(CSV, { start: 0, end: data.rowCount }), onRows) : encodedChunks(data, onRows);
}

/** `"table" ("a", "b")`: the target of `COPY … FROM STDIN` for a table, every column in order. */
export function copyTarget(data: TableData): string {
  return `${q(data.table.name)} (${data.table.columns.map((c) => q(c.name)).join(', ')})`;
}

/** Chunks a worker pool already encoded (the same bytes, made on the workers). */
async function* pooledChunks(chunks: AsyncIterable<EncodedRows>, onRows: (done: number) => void): AsyncGenerator<Uint8Array> {
  let done = 0;
  for await (const chunk of chunks) {
    done += chunk.rows;
    yield chunk.bytes;
    onRows(done);
  }
  if (done === 0) onRows(0);
}

/** Chunks encoded in this thread, batch by batch. */
async function* encodedChunks(data: TableData, onRows: (done: number) => void): AsyncGenerator<Uint8Array> {
  const enc = new ChunkEncoder(data);
  let done = 0;
  for (const batch of data.batches()) {
    enc.write(batch);
    if (enc.rows * 64 < CHUNK) continue;
    done += enc.rows;
    yield enc.take();
    onRows(done);
  }
  done += enc.rows;
  if (enc.rows > 0) yield enc.take();
  onRows(done);
}
