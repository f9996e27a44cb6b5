import type { Column, Schema, Table } from '../schema/index.js';
import { baseType, describeType, findColumn, findTable } from '../schema/index.js';
import { typeBounds } from './infer/infer-number.js';

/** A whole-number range: the keys a column can hold. */
export type KeyRange = readonly [number, number];

/** A numeric column of a single-column foreign key and the whole numbers its type holds. */
export interface ReferencingColumn {
  readonly table: Table;
  readonly column: Column;
  readonly range: KeyRange;
}

const keyOf = (table: string, column: string): string => `${table}\u0000${column.toLowerCase()}`;

function wholeRange(column: Column): KeyRange | undefined {
  const kind = baseType(column.type).kind;
  if (kind !== 'int' && kind !== 'decimal') return undefined;
  const [lo, hi] = typeBounds(column.type);
  return [Math.ceil(lo), Math.floor(hi)];
}

/** Every numeric single-column foreign key column, by the key (`table\0column`) it refers to. */
function buildIndex(schema: Schema): Map<string, ReferencingColumn[]> {
  const index = new Map<string, ReferencingColumn[]>();
  for (const child of schema.tables) {
    for (const fk of child.foreignKeys) {
      const column = fk.columns.length === 1 ? findColumn(child, fk.columns[0] as string) : undefined;
      const range = column ? wholeRange(column) : undefined;
      const parent = findTable(schema, fk.refTable);
      const key = parent && fk.refColumns[0] !== undefined ? keyOf(parent.name, fk.refColumns[0]) : undefined;
      if (column && range && key) index.set(key, [...(index.get(key) ?? []), { table: child, column, range }]);
    }
  }
  return index;
}

const indexes = new WeakMap<Schema, Map<string, ReferencingColumn[]>>();

/**
 * The integer and decimal columns of single-column foreign keys, anywhere in the schema, that
 * copy `table.column`'s values: a `SMALLINT` child of an `INT` key holds only its keys up to
 * 32767. Composite foreign keys and other types are not listed.
 *
 * @example
 * ```ts
 * referencingColumns(schema, big, big.columns[0]) // [{ table: c, column: pid, range: [-32768, 32767] }]
 * ```
 */
export function referencingColumns(schema: Schema, table: Table, column: Column): readonly ReferencingColumn[] {
  const index = indexes.get(schema) ?? buildIndex(schema);
  indexes.set(schema, index);
  return index.get(keyOf(table.name, column.name)) ?? [];
}

/** `range` cut to what every referencing column holds. */
export function narrowToReferencing(range: KeyRange, referencing: readonly ReferencingColumn[]): KeyRange {
  return referencing.reduce<KeyRange>(([lo, hi], r) => [Math.max(lo, r.range[0]), Math.min(hi, r.range[1])], range);
}

/** A column's type as its DDL says it, signedness included: `tinyint unsigned`, `smallint`, `decimal(6,0)`. */
export function describeKeyType(column: Column): string {
  const t = baseType(column.type);
  return t.kind === 'int' && t.unsigned === true && t.year !== true ? `${describeType(t)} unsigned` : describeType(column.type);
}
