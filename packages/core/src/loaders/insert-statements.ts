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
 * order, at most `maxChunkRows` rows a chunk (rounded up to whole statements): encoded by the
 * data's worker pool when it has one, else made here, as the loop asks for the next chunk.
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
  for (const batch of t.batches()) {
    const step = maxChunkRows ?? batch.length;
    for (let i = 0; i < batch.length; i += step) yield { rows: Math.min(step, batch.length - i), sql: insertStatements(t.table, target, batch.slice(i, i + step)) };
  }
}

/**
 * Consecutive chunks joined while they stay within `maxBytes` of UTF-8 (a chunk larger than
 * that alone goes as it is), so a loader sends fewer, bigger queries.
 */
export async function* joinedChunks(chunks: AsyncIterable<InsertChunk>, maxBytes: number): AsyncGenerator<InsertChunk> {
  let sql: string[] = [];
  let rows = 0;
  let bytes = 0;
  for await (const c of chunks) {
    const size = Buffer.byteLength(c.sql);
    if (sql.length > 0 && bytes + size > maxBytes) { yield { rows, sql: sql.join('') }; sql = []; rows = 0; bytes = 0; }
    sql.push(c.sql);
    rows += c.rows;
    bytes += size;
  }
  if (sql.length > 0) yield { rows, sql: sql.join('') };
}
