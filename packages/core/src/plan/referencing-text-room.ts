import type { Column, Schema, Table } from '../schema/index.js';
import { findColumn, findTable, maxLengthOf } from '../schema/index.js';

/** The narrowest bounded string column that copies a key's values, and its length. */
export interface TextRoom {
  readonly table: Table;
  readonly column: Column;
  readonly length: number;
}

/** A foreign key column and the key column whose values it copies. */
interface Copy {
  readonly table: Table;
  readonly column: Column;
}

const keyOf = (table: Table, column: Column): string => `${table.name}\u0000${column.name.toLowerCase()}`;

/** The columns a foreign key refers to: those it names, else the parent's primary key. */
function refColumnsOf(parent: Table, refColumns: readonly string[]): readonly string[] {
  return refColumns.length > 0 ? refColumns : parent.primaryKey?.columns ?? [];
}

/** Each column pair of the table's foreign keys (composite ones pair by position), as [parent key, child column]. */
function copiesOf(schema: Schema, child: Table): [string, Copy][] {
  return child.foreignKeys.flatMap((fk) => {
    const parent = findTable(schema, fk.refTable);
    const refs = parent ? refColumnsOf(parent, fk.refColumns) : [];
    return fk.columns.flatMap((name, i): [string, Copy][] => {
      const column = findColumn(child, name);
      const ref = parent && refs[i] !== undefined ? findColumn(parent, refs[i]) : undefined;
      return parent && column && ref ? [[keyOf(parent, ref), { table: child, column }]] : [];
    });
  });
}

/** Every foreign key column, by the key (`table\0column`) whose values it copies. */
function buildIndex(schema: Schema): Map<string, Copy[]> {
  const index = new Map<string, Copy[]>();
  for (const [key, copy] of schema.tables.flatMap((t) => copiesOf(schema, t))) index.set(key, [...(index.get(key) ?? []), copy]);
  return index;
}

const indexes = new WeakMap<Schema, Map<string, Copy[]>>();

function copiesIndex(schema: Schema): Map<string, Copy[]> {
  const index = indexes.get(schema) ?? buildIndex(schema);
  indexes.set(schema, index);
  return index;
}

const narrower = (a: TextRoom | undefined, b: TextRoom | undefined): TextRoom | undefined =>
  b !== undefined && (a === undefined || b.length < a.length) ? b : a;

/** The narrowest bounded string column among `copy` and the columns that copy it in turn (`seen` stops cycles). */
function narrowestFrom(index: Map<string, Copy[]>, copy: Copy, seen: Set<string>): TextRoom | undefined {
  const length = maxLengthOf(copy.column);
  const own = length === undefined ? undefined : { ...copy, length };
  return narrower(own, narrowestBelow(index, copy.table, copy.column, seen));
}

function narrowestBelow(index: Map<string, Copy[]>, table: Table, column: Column, seen: Set<string>): TextRoom | undefined {
  const key = keyOf(table, column);
  if (seen.has(key)) return undefined;
  seen.add(key);
  return (index.get(key) ?? []).reduce<TextRoom | undefined>((best, c) => narrower(best, narrowestFrom(index, c, seen)), undefined);
}

/**
 * The narrowest bounded string column, anywhere in the schema, that ends up holding
 * `table.column`'s values: a foreign key column referring to it (composite foreign keys
 * included, column by position), or one referring to such a column in turn. A `TEXT` key that a
 * `VARCHAR(20)` column refers to must make values of at most 20 characters. `undefined` when no
 * bounded string column copies it.
 *
 * @example
 * ```ts
 * referencingTextRoom(schema, accounts, id) // { table: notes, column: account_id, length: 20 }
 * ```
 */
export function referencingTextRoom(schema: Schema, table: Table, column: Column): TextRoom | undefined {
  return narrowestBelow(copiesIndex(schema), table, column, new Set());
}
