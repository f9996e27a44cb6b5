import { baseType } from './logical-type.js';
import type { Column, Table } from './table.js';

/** The table's primary key and UNIQUE column lists. */
export function uniqueKeys(table: Table): (readonly string[])[] {
  return [...(table.primaryKey ? [table.primaryKey.columns] : []), ...table.uniques.map((u) => u.columns)];
}

/** True when the column is in one of the table's foreign keys. */
export function isForeignKeyColumn(table: Table, column: Column): boolean {
  return table.foreignKeys.some((fk) => fk.columns.some((c) => c.toLowerCase() === column.name.toLowerCase()));
}

/** True when the column alone is the primary key or a UNIQUE key. */
export function isSingleColumnKey(table: Table, column: Column): boolean {
  return uniqueKeys(table).some((k) => k.length === 1 && k[0]?.toLowerCase() === column.name.toLowerCase());
}

/** Characters a string column holds, or undefined when unbounded or not a string. */
export function maxLengthOf(column: Column): number | undefined {
  const t = baseType(column.type);
  return t.kind === 'string' ? t.length : undefined;
}
