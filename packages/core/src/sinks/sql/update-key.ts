import { RowforgeError } from '../../errors/index.js';
import { findColumn, type Table } from '../../schema/index.js';

function indexes(table: Table, names: readonly string[], requireNotNull: boolean): number[] | undefined {
  const cols = names.map((n) => findColumn(table, n));
  if (cols.some((c) => c === undefined || (requireNotNull && c.nullable))) return undefined;
  return cols.map((c) => table.columns.indexOf(c as (typeof table.columns)[number]));
}

/**
 * Column indexes identifying a row for the deferred-FK UPDATE pass: the PRIMARY KEY,
 * else the first UNIQUE whose columns are all NOT NULL.
 *
 * @example
 * ```ts
 * updateKey(employees) // [0]
 * ```
 */
export function updateKey(table: Table): number[] {
  const pk = table.primaryKey ? indexes(table, table.primaryKey.columns, false) : undefined;
  const key = pk ?? table.uniques.map((u) => indexes(table, u.columns, true)).find((k) => k !== undefined);
  if (key) return key;
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `table "${table.name}" has a foreign key filled after loading (it is part of a cycle) but no primary key or NOT NULL unique key to address its rows`, {
    table: table.name,
    hint: `give "${table.name}" a primary key`,
  });
}
