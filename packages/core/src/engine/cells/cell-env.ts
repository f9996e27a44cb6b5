import type { Column, Table } from '../../schema/index.js';
import type { ColumnSpec } from '../../plan/index.js';
import type { CellFn } from '../row-context.js';
import type { Value } from '../../schema/index.js';

/** What a cell builder knows about its column. */
export interface CellEnv {
  readonly seed: string;
  readonly table: Table;
  readonly column: Column;
  readonly spec: ColumnSpec;
  /** Stream key of this column: hash of (seed, table, column). */
  readonly key: number;
  readonly rows: number;
  readonly referenceDay: number;
  /** Index of a sibling column in the row (throws if unknown). */
  indexOf(name: string): number;
  /** Shared stream keys for the row's location and person. */
  readonly locationKey: number;
  readonly personKey: number;
  /** A sibling column's plan entry (a review reads its rating column's `min`…`max`). */
  readonly specOf?: (name: string) => ColumnSpec | undefined;
  /** Another table's key column, read by row (a `reference` column draws its values). */
  readonly referenced?: (table: string, column: string) => ReferencedKey;
}

/** A key column of another table: its row count, and its value at a row (computed on demand). */
export interface ReferencedKey {
  readonly rows: number;
  valueAt(row: number): Value;
}

/** The form a generator natively produces before it is fitted to the column type. */
export type Native = 'int' | 'number' | 'boolean' | 'string' | 'date' | 'timestamp' | 'time' | 'uuid' | 'json' | 'bytes' | 'array' | 'any';

export interface BuiltCell {
  readonly fn: CellFn;
  readonly native: Native;
  /** Sibling columns (indexes) this cell reads; they are computed first. */
  readonly deps: readonly number[];
  /**
   * Reads state the row's cells share (its location, its person's sex): which cell draws it first
   * decides some values (see `phoneCell`), so a lookup computes every such cell in row order.
   */
  readonly sharesRowState?: boolean;
}

export type CellBuilder = (env: CellEnv) => BuiltCell;

export const cell = (fn: CellFn, native: Native, deps: readonly number[] = []): BuiltCell => ({ fn, native, deps });

/** `built`, marked as reading the row's shared state (see `BuiltCell.sharesRowState`). */
export const sharingRowState = (built: BuiltCell): BuiltCell => ({ ...built, sharesRowState: true });
