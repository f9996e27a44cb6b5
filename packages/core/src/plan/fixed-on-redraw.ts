import type { Column, Table } from '../schema/index.js';
import { isForeignKeyColumn, uniqueKeys } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';

/**
 * True when a CHECK redraw cannot change the column: it is in the primary key, a UNIQUE or a
 * foreign key, or is a sequence (the engine's free columns are the others).
 */
export function fixedOnRedraw(table: Table, column: Column, spec: ColumnSpec | undefined): boolean {
  const name = column.name.toLowerCase();
  const keyed = uniqueKeys(table).some((k) => k.some((c) => c.toLowerCase() === name));
  return keyed || isForeignKeyColumn(table, column) || spec?.generator === 'sequence' || spec?.generator === 'foreignKey';
}
