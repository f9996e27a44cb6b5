import { createRowValidator, streamBatches, textFormatter, type GeneratedData, type ProgressListener, type Row, type TableData, type TextRow, type ValidationReport } from '@rowforge/core';

/** What `validateGenerated` reports as it goes, table by table. */
export interface TableListener {
  start(table: TableData, index: number): void;
  progress: ProgressListener;
  complete(table: TableData, rows: number): void;
}

type Cells = (row: Row) => TextRow;

/** A table's rows as the text a PostgreSQL CSV would hold (what the store loads). */
function cellsOf(t: TableData): Cells {
  const fmt = t.table.columns.map((c) => textFormatter(c.type, 'postgres'));
  return (row) => row.map((v, i) => (v === null ? null : (fmt[i] ?? String)(v as never)));
}

function replay(data: GeneratedData): (table: string, row: (cells: TextRow) => void) => void {
  return (name, row) => {
    const t = data.tables.find((x) => x.table.name === name);
    if (!t) return;
    const cells = cellsOf(t);
    for (const batch of t.batches()) for (const r of batch) row(cells(r));
  };
}

/**
 * Generates every table once and judges the rows with core's independent validator
 * (keys, foreign keys, NOT NULL, CHECKs, types), in memory and streaming.
 */
export async function validateGenerated(data: GeneratedData, listener: TableListener): Promise<ValidationReport> {
  const validator = createRowValidator(data.schema, { target: 'postgres' });
  for (const [index, t] of data.tables.entries()) {
    listener.start(t, index);
    const feed = validator.table(t.table.name, t.rowCount);
    const cells = cellsOf(t);
    const rows = await streamBatches(t, (batch) => { for (const r of batch) feed.row(cells(r)); }, listener.progress);
    feed.end();
    listener.complete(t, rows);
  }
  return validator.finish(replay(data));
}
