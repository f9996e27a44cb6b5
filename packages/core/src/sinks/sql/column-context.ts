import { baseType, findColumn, findTable, type Column, type LogicalType, type Schema, type Table } from '../../schema/index.js';
import type { ColumnContext } from './sql-dialect.js';

const lower = (s: string): string => s.toLowerCase();

/**
 * Names (lower-case) of a table's columns that take part in a key: PRIMARY KEY,
 * UNIQUE, its own FOREIGN KEYs, and columns other tables' FOREIGN KEYs reference.
 *
 * @example
 * ```ts
 * keyColumns(schema, users) // Set { 'id', 'email' }
 * ```
 */
export function keyColumns(schema: Schema, table: Table): Set<string> {
  const keys = new Set<string>();
  table.primaryKey?.columns.forEach((c) => keys.add(lower(c)));
  table.uniques.forEach((u) => u.columns.forEach((c) => keys.add(lower(c))));
  table.foreignKeys.forEach((fk) => fk.columns.forEach((c) => keys.add(lower(c))));
  for (const other of schema.tables) {
    for (const fk of other.foreignKeys) {
      if (findTable(schema, fk.refTable)?.name === table.name) fk.refColumns.forEach((c) => keys.add(lower(c)));
    }
  }
  return keys;
}

/** The parent column a FK column points at, when it is a FK column. */
function parentOf(schema: Schema, table: Table, column: Column): { table: Table; column: Column } | undefined {
  for (const fk of table.foreignKeys) {
    const i = fk.columns.findIndex((c) => lower(c) === lower(column.name));
    const parent = i < 0 ? undefined : findTable(schema, fk.refTable);
    const pc = parent ? findColumn(parent, fk.refColumns[i] as string) : undefined;
    if (parent && pc) return { table: parent, column: pc };
  }
  return undefined;
}

/**
 * The type a FK column must be declared with where the target wants identical types on
 * both sides (MySQL, SQL Server): the referenced column's type when both have the same
 * base kind, followed up the chain of references.
 *
 * @example
 * ```ts
 * alignedType(schema, orders, customerIdColumn) // { kind: 'int', bits: 64 } if customers.id is bigint
 * ```
 */
export function alignedType(schema: Schema, table: Table, column: Column, depth = 0): LogicalType {
  const parent = depth < 16 ? parentOf(schema, table, column) : undefined;
  if (!parent || (parent.table === table && parent.column === column)) return column.type;
  if (baseType(parent.column.type).kind !== baseType(column.type).kind) return column.type;
  return alignedType(schema, parent.table, parent.column, depth + 1);
}

/**
 * One {@link ColumnContext} per column of `table`.
 *
 * @example
 * ```ts
 * columnContexts(schema, users, true).map((c) => c.isKey)
 * ```
 */
export function columnContexts(schema: Schema, table: Table, alignForeignKeys: boolean): ColumnContext[] {
  const keys = keyColumns(schema, table);
  return table.columns.map((column) => ({
    schema,
    table,
    column,
    type: alignForeignKeys ? alignedType(schema, table, column) : column.type,
    isKey: keys.has(lower(column.name)),
  }));
}
