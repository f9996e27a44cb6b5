import type { Row, TableData } from '../schema/index.js';

/** Progress of one table: rows written so far out of its planned count. */
export interface ProgressEvent {
  readonly table: string;
  readonly rowsDone: number;
  readonly rowCount: number;
}

export type ProgressListener = (e: ProgressEvent) => void;

const BATCHES_PER_YIELD = 16;

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
