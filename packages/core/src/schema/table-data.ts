import type { LoadOrder } from './schema-graph.js';
import type { Dialect, Schema } from './schema.js';
import type { Table } from './table.js';
import type { Row } from './value.js';

/** A half-open row range [start, end). */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/**
 * How a sink wants a table's rows spelled as bytes: the file format and the target dialect.
 * `sql` is the SQL sink's multi-row INSERT statements (a range starts at a multiple of the
 * dialect's rows per INSERT).
 */
export interface RowEncoding {
  readonly format: 'csv' | 'json' | 'ndjson' | 'sql';
  readonly target: Dialect;
  /** `sql` only: write the foreign-key columns that break a cycle as NULL, as the SQL scripts do (their UPDATEs fill them in later). */
  readonly nullDeferred?: boolean;
  /** At most this many rows in one `EncodedRows` (a loader that sends each as one packet); default a few thousand. */
  readonly maxChunkRows?: number;
}

/** Consecutive rows already encoded: `rows` rows as `bytes` (no CSV header, no JSON brackets). */
export interface EncodedRows {
  readonly rows: number;
  readonly bytes: Uint8Array;
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
  /**
   * Optional fast path: calls `visit` with each row of `range`, in row order, in one array
   * that is reused between calls (read it during the call, never keep it). Same rows as
   * `batches(range)`, without allocating per row.
   */
  eachRow?(range: RowRange, visit: (row: Readonly<Row>) => void): void;
  /**
   * Optional fast path: the rows of `range` already encoded (e.g. by a worker pool), in row
   * order, as the bytes a sink's own encoder would write for them (a JSON row knows it is not
   * the file's first when `range.start > 0`). Concatenated, they equal the single-threaded output.
   */
  encoded?(encoding: RowEncoding, range: RowRange): AsyncIterable<EncodedRows>;
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
