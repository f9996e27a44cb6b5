import type { Row, Table } from '../schema/index.js';
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
