import type { Row, Table, TableData } from '../schema/index.js';
import { ByteWriter, InsertWriter, MemorySink, sqlDialect, type Target } from '../sinks/index.js';

/** Multi-row INSERT statements for one batch, in the SQL sink's spelling for `target`. */
export function insertStatements(table: Table, target: Target, rows: readonly Row[]): string {
  const sink = new MemorySink();
  const w = new ByteWriter(sink);
  const insert = new InsertWriter(table, sqlDialect(target), w);
  insert.writeRows(rows);
  insert.finish();
  w.flush();
  return sink.text();
}

/** Some consecutive rows of a table as INSERT statements. */
export interface InsertChunk {
  readonly rows: number;
  readonly sql: string;
}

/**
 * A table's rows as INSERT statements (every column with its value), chunk by chunk in row
 * order: encoded by the data's worker pool when it has one (at most `maxChunkRows` rows a chunk,
 * rounded up to whole statements), else made here a batch at a time, as the loop asks for the
 * next chunk.
 *
 * @example
 * ```ts
 * for await (const { sql } of insertChunks(tableData, 'sqlite')) db.exec(sql)
 * ```
 */
export async function* insertChunks(t: TableData, target: Target, maxChunkRows?: number): AsyncGenerator<InsertChunk> {
  const encoded = t.encoded?.({ format: 'sql', target, ...(maxChunkRows ? { maxChunkRows } : {}) }, { start: 0, end: t.rowCount });
  if (encoded) {
    for await (const c of encoded) yield { rows: c.rows, sql: Buffer.from(c.bytes.buffer, c.bytes.byteOffset, c.bytes.byteLength).toString('utf8') };
    return;
  }
  for (const batch of t.batches()) yield { rows: batch.length, sql: insertStatements(t.table, target, batch) };
}
