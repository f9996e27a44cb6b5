import type { Finding } from '../report/violation-collector.js';

/** Where a row came from: its 1-based data row number and, for files, the line it starts on. */
export interface RowPosition {
  readonly row: number;
  readonly line?: number;
}

/**
 * One row's text cells in schema column order: `null` is SQL NULL, `undefined` a
 * column the file does not have (its checks are skipped).
 */
export type Cells = readonly (string | null | undefined)[];

/** Receives rows aligned to the schema, plus structural findings (header, parse). */
export interface RowSink {
  row(cells: Cells, at: RowPosition): void;
  problem(finding: Finding): void;
}
