import type { EncodedRows, Row, TableData } from '../schema/index.js';
import type { ByteWriter } from './bytes/byte-writer.js';

/** Progress of one table: rows written so far out of its planned count. */
export interface ProgressEvent {
  readonly table: string;
  readonly rowsDone: number;
  readonly rowCount: number;
}

export type ProgressListener = (e: ProgressEvent) => void;

const BATCHES_PER_YIELD = 16;
/** Rows per progress event when a table streams row by row. */
const ROWS_PER_STEP = 1000;

const nextTick = (): Promise<void> => new Promise((resolve) => { setImmediate(resolve); });

/**
 * Feeds every batch of a table to `onRows`, reporting progress after each batch and
 * letting the event loop run every few batches (progress bars, signals). Returns the
 * number of rows seen. Nothing is kept between batches.
 *
 * @example
 * ```ts
 * const rows = await streamBatches(tableData, (batch) => encoder.writeRows(batch), onProgress)
 * ```
 */
export async function streamBatches(data: TableData, onRows: (rows: readonly Row[]) => void, onProgress?: ProgressListener): Promise<number> {
  let done = 0;
  let batches = 0;
  for (const batch of data.batches()) {
    onRows(batch);
    done += batch.length;
    onProgress?.({ table: data.table.name, rowsDone: done, rowCount: data.rowCount });
    if (++batches % BATCHES_PER_YIELD === 0) await nextTick();
  }
  return done;
}

/**
 * Like {@link streamBatches}, one row at a time: through the table's `eachRow` fast path
 * (one reused row array, nothing allocated per row) when it has one, else batch by batch.
 * `onRow` must not keep the row. Returns the number of rows seen.
 *
 * @example
 * ```ts
 * const rows = await streamRows(tableData, (row) => encoder.writeRow(row), onProgress)
 * ```
 */
export async function streamRows(data: TableData, onRow: (row: Readonly<Row>) => void, onProgress?: ProgressListener): Promise<number> {
  const eachRow = data.eachRow?.bind(data);
  if (!eachRow) return streamBatches(data, (rows) => { for (const row of rows) onRow(row); }, onProgress);
  let steps = 0;
  for (let start = 0; start < data.rowCount; start += ROWS_PER_STEP) {
    const end = Math.min(data.rowCount, start + ROWS_PER_STEP);
    eachRow({ start, end }, onRow);
    onProgress?.({ table: data.table.name, rowsDone: end, rowCount: data.rowCount });
    if (++steps % BATCHES_PER_YIELD === 0) await nextTick();
  }
  return data.rowCount;
}

/**
 * Copies a table's pre-encoded row chunks (a worker pool's, see `TableData.encoded`) into `w`,
 * in order, reporting progress after each. Returns the number of rows copied.
 *
 * @example
 * ```ts
 * const chunks = data.encoded?.({ format: 'csv', target: 'postgres' }, { start: 0, end: data.rowCount })
 * if (chunks) await streamEncoded(data, chunks, file.writer, onProgress)
 * ```
 */
export async function streamEncoded(data: TableData, chunks: AsyncIterable<EncodedRows>, w: ByteWriter, onProgress?: ProgressListener): Promise<number> {
  let done = 0;
  for await (const chunk of chunks) {
    w.writeBytes(chunk.bytes);
    done += chunk.rows;
    onProgress?.({ table: data.table.name, rowsDone: done, rowCount: data.rowCount });
  }
  return done;
}
