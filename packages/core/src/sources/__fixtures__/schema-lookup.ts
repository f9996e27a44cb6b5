import { findColumn, findTable, type Column, type Schema, type Table } from '../../schema/index.js';

/** The table named `name`, or a test failure naming what exists. */
export function tableOf(schema: Schema, name: string): Table {
  const t = findTable(schema, name);
  if (!t) throw new Error(`no table "${name}" in [${schema.tables.map((x) => x.name).join(', ')}]`);
  return t;
}

/** The column `table.column`, or a test failure. */
export function columnOf(schema: Schema, table: string, column: string): Column {
  const c = findColumn(tableOf(schema, table), column);
  if (!c) throw new Error(`no column "${table}.${column}"`);
  return c;
}
