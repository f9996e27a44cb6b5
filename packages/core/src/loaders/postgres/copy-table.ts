import type { TableData } from '../../schema/index.js';
import { copyTarget, csvChunks } from './csv-chunks.js';
import type { PgSession } from './pg-session.js';

/**
 * Streams one table into PostgreSQL with `COPY … (FORMAT csv)`, encoding batches with the CSV
 * sink's encoder (so the bytes are those of the CSV output). Memory stays at about one chunk.
 * With a worker pool (`withWorkers`), the workers make and encode the rows and this thread
 * only forwards their bytes (see {@link csvChunks}).
 * Returns the number of rows sent.
 */
export async function copyTable(session: PgSession, data: TableData, onRows: (done: number) => void): Promise<number> {
  let done = 0;
  await session.copyCsvFrom(copyTarget(data), csvChunks(data, (n) => { done = n; onRows(n); }));
  return done;
}
