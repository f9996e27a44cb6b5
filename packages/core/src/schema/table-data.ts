import type { LoadOrder } from './schema-graph.js';
import type { Schema } from './schema.js';
import type { Table } from './table.js';
import type { Row } from './value.js';

/** A half-open row range [start, end). */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/**
 * One table's generated rows, produced lazily. `batches()` may be called any number of
 * times and yields the same rows each time (the engine regenerates them), so a sink can
 * make a second pass (e.g. deferred UPDATEs) without holding rows in memory.
 */
export interface TableData {
  readonly table: Table;
  readonly rowCount: number;
  /** Row batches in row order over `range` (default: all rows). Values follow table column order. */
  batches(range?: RowRange): Iterable<readonly Row[]>;
}

/** Everything a sink needs to write one run. */
export interface GeneratedData {
  readonly schema: Schema;
  readonly order: LoadOrder;
  /** In load order (parents first). */
  readonly tables: readonly TableData[];
  readonly seed: string;
  readonly planHash: string;
  readonly generatorVersion: string;
}
