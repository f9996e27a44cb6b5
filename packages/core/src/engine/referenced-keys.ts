import type { Schema } from '../schema/index.js';
import { findColumn, getTable } from '../schema/index.js';
import type { ReferencedKey } from './cells/cell-env.js';
import type { TableModel } from './table-model.js';

/**
 * Reads another table's key column by row for `reference` columns. The models are looked up on
 * first read, so a table may refer to one compiled after it (`departments` before `employees`).
 */
export function referencedKeys(schema: Schema, models: ReadonlyMap<string, TableModel>, rows: ReadonlyMap<string, number>): (table: string, column: string) => ReferencedKey {
  return (tableName: string, columnName: string): ReferencedKey => {
    const table = getTable(schema, tableName);
    const col = table.columns.findIndex((c) => c === findColumn(table, columnName));
    let model: TableModel | undefined;
    return {
      rows: rows.get(table.name) ?? 0,
      valueAt: (row) => (model ??= models.get(table.name) as TableModel).valueAt(col, row),
    };
  };
}
