import type { Column, Schema, Table } from '../schema/index.js';
import { baseType, intRange, isForeignKeyColumn, isSingleColumnKey, type IntType } from '../schema/index.js';
import { isSequenceKey, keySequence } from './infer/key-sequence.js';
import { describeKeyType, referencingColumns, type KeyRange } from './referencing-columns.js';
import { sequenceRoomIn } from './sequence-room.js';

/** The most rows a table's integer keys hold, and why (Infinity and no reason when none limits it). */
export interface KeyLimit {
  readonly rows: number;
  readonly reason?: string;
}

const NO_LIMIT: KeyLimit = { rows: Infinity };

/** Rows a key holds when its values must also lie in `[lo, hi]`: a sequence's room, else every value. */
function rowsWithin(table: Table, column: Column, t: IntType, [lo, hi]: KeyRange): number {
  const [a, b] = [Math.max(lo, intRange(t)[0]), Math.min(hi, intRange(t)[1])];
  return isSequenceKey(table, column) ? sequenceRoomIn(keySequence(t), [a, b]) : Math.max(0, b - a + 1);
}

/** Its own type's limit, then each referencing column's: a SMALLINT child holds an INT key's values only up to 32767. */
function columnLimits(schema: Schema, table: Table, column: Column): KeyLimit[] {
  const t = baseType(column.type);
  if (t.kind !== 'int' || isForeignKeyColumn(table, column) || !isSingleColumnKey(table, column)) return [];
  const own = { rows: rowsWithin(table, column, t, intRange(t)), reason: `its key "${column.name}" (${describeKeyType(column)}) holds no more` };
  return [own, ...referencingColumns(schema, table, column).map((r) => ({
    rows: rowsWithin(table, column, t, r.range),
    reason: `"${r.table.name}.${r.column.name}" (${describeKeyType(r.column)}), which refers to its key "${column.name}", holds no more of its keys`,
  }))];
}

/**
 * The most rows `table` can have before one of its single-column integer keys runs out of
 * values, or of values its referencing columns hold: 255 for a `TINYINT UNSIGNED` primary key,
 * 256 for a `TINYINT UNIQUE` code, 32767 for an `INT` primary key a `SMALLINT` foreign key
 * refers to. The planner keeps a table at the default row count within it.
 *
 * @example
 * ```ts
 * keyRowLimit(schema, categoryTable) // { rows: 255, reason: 'its key "id" (tinyint unsigned) holds no more' }
 * ```
 */
export function keyRowLimit(schema: Schema, table: Table): KeyLimit {
  const limits = table.columns.flatMap((c) => columnLimits(schema, table, c));
  return limits.reduce((best, l) => (l.rows < best.rows ? l : best), NO_LIMIT);
}
