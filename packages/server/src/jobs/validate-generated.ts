import { createRowValidator, streamBatches, type GeneratedData, type ProgressListener, type TableData, type ValidationReport } from '@rowforge/core';
import { cellsOf, replay } from './table-cells.js';

/** What `validateGenerated` reports as it goes, table by table. */
export interface TableListener {
  start(table: TableData, index: number): void;
  progress: ProgressListener;
  complete(table: TableData, rows: number): void;
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
