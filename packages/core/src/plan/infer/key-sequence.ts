import type { Column, IntType, Table } from '../../schema/index.js';
import { intRange } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';

/** An AUTO_INCREMENT column, or the integer column that is the whole primary key: filled by a sequence. */
export function isSequenceKey(table: Table, column: Column): boolean {
  const pk = table.primaryKey?.columns;
  return column.autoIncrement !== undefined || (pk?.length === 1 && pk[0]?.toLowerCase() === column.name.toLowerCase());
}

/** The sequence of a key column: 1, 2, 3 … (a YEAR key from 1901, its first value). */
export function keySequence(t: IntType): ColumnSpec {
  return { generator: 'sequence', start: Math.max(1, intRange(t)[0]), step: 1 };
}
