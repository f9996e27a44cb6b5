import type { Column, Table } from '../schema/index.js';
import { baseType, intRange, isForeignKeyColumn, isSingleColumnKey } from '../schema/index.js';
import { isSequenceKey, keySequence } from './infer/key-sequence.js';
import { sequenceRoom } from './sequence-room.js';

/** Rows one integer key column holds: its sequence's room for the primary key or AUTO_INCREMENT column, else every value of the type. */
function columnLimit(table: Table, column: Column): number {
  const t = baseType(column.type);
  if (t.kind !== 'int' || isForeignKeyColumn(table, column) || !isSingleColumnKey(table, column)) return Infinity;
  const [lo, hi] = intRange(t);
  return isSequenceKey(table, column) ? sequenceRoom(keySequence(t), t) : hi - lo + 1;
}

/**
 * The most rows `table` can have before one of its single-column integer keys runs out of
 * values: 255 for a `TINYINT UNSIGNED` primary key, 256 for a `TINYINT UNIQUE` code; Infinity
 * when no such key limits it. The planner keeps a table at the default row count within it.
 *
 * @example
 * ```ts
 * keyRowLimit(categoryTable) // 255 (id TINYINT UNSIGNED AUTO_INCREMENT PRIMARY KEY)
 * ```
 */
export function keyRowLimit(table: Table): number {
  return Math.min(...table.columns.map((c) => columnLimit(table, c)));
}
