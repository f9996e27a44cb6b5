import type { Column, Schema, Table } from '../../schema/index.js';
import { baseType, columnsOf, domainChecks, findColumn, isForeignKeyColumn, uniqueKeys } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import type { TablePlan } from '../plan-schema.js';
import { referenceFits } from '../reference-fit.js';
import { namedReference, namesTable, OWN_TABLE, ownTableFirst, type NamedReference } from './implied-reference-names.js';

/** Key generators whose values are a bijection of the row index alone, so another table can read them by row. */
const INDEXED_KEYS = new Set<ColumnSpec['generator']>(['sequence', 'int', 'uuid', 'identifier', 'pattern', 'regex']);

type Plans = Readonly<Record<string, TablePlan>>;

/** A table's single-column primary key and its plan entry. */
interface Key {
  readonly table: Table;
  readonly column: Column;
  readonly spec: ColumnSpec;
  readonly rows: number;
}

function keyOf(table: Table, plans: Plans): Key | undefined {
  const pk = table.primaryKey?.columns;
  const column = pk?.length === 1 ? findColumn(table, pk[0] as string) : undefined;
  const tp = plans[table.name];
  const spec = column ? tp?.columns[column.name] : undefined;
  return column && tp && spec ? { table, column, spec, rows: tp.rows } : undefined;
}

/** A key another table can draw from: rows to draw, never NULL, read by row index, and holdable by `column`. */
function drawable(key: Key, column: Column, named: NamedReference): boolean {
  const { spec } = key;
  if (key.rows === 0 || (spec.nullRate ?? 0) > 0 || spec.presentWhen || !INDEXED_KEYS.has(spec.generator)) return false;
  if (named.uuidOnly && baseType(key.column.type).kind !== 'uuid' && spec.generator !== 'uuid') return false;
  return referenceFits(column, key.column, spec, key.rows);
}

/** The tables a name points at, in order: the column's own table first for a person's role in a table of people, else each word's table (its own only through a role). */
function candidates(schema: Schema, table: Table, named: NamedReference): (Table | undefined)[] {
  const byWords = named.words.map((word, i) => (word === OWN_TABLE ? table : schema.tables.find((t) => namesTable(word, t.name) && (t !== table || i > 0))));
  return ownTableFirst(named, table.name) ? [table, ...byWords] : byWords;
}

/** The first table the name points at ({@link candidates}) whose key fits the column. */
function targetKey(schema: Schema, plans: Plans, table: Table, column: Column): Key | undefined {
  const named = namedReference(column.name);
  if (!named) return undefined;
  for (const target of candidates(schema, table, named)) {
    const key = target ? keyOf(target, plans) : undefined;
    if (key && drawable(key, column, named)) return key;
  }
  return undefined;
}

/** A column left to its own generator: a foreign key, part of a key, unique, or read by a CHECK. */
function settled(table: Table, column: Column, spec: ColumnSpec): boolean {
  const name = column.name.toLowerCase();
  const checked = table.checks.some((c) => [...columnsOf(c.expr)].some((n) => n.toLowerCase() === name));
  const keyed = uniqueKeys(table).some((k) => k.some((c) => c.toLowerCase() === name));
  return keyed || checked || spec.unique === true || isForeignKeyColumn(table, column) || domainChecks(column.type).length > 0;
}

function referenceSpec(key: Key, spec: ColumnSpec): ColumnSpec {
  return {
    generator: 'reference', table: key.table.name, column: key.column.name,
    ...(spec.nullRate !== undefined ? { nullRate: spec.nullRate } : {}), ...(spec.presentWhen ? { presentWhen: spec.presentWhen } : {}),
  };
}

/**
 * Columns naming another table's key where the schema declares no foreign key draw that
 * table's keys (`reference`): `departments.manager_id INT` beside `employees(employee_id)`
 * holds employee ids, as a foreign key would, with its NULL share kept and no constraint added.
 * The name picks the table (`category_id` → categories; a role: `manager_id`, `reports_to`
 * → employees, staff, users or people; `created_by` → users or employees); the table needs a
 * single-column primary key read by row index, with rows, whose values the column holds.
 * Keys, unique columns and columns a CHECK reads keep their generator.
 */
export function inferReferences(schema: Schema, plans: Record<string, TablePlan>): void {
  for (const table of schema.tables) {
    const tp = plans[table.name];
    for (const column of table.columns) {
      const spec = tp?.columns[column.name];
      const key = tp && spec && !settled(table, column, spec) ? targetKey(schema, plans, table, column) : undefined;
      if (tp && spec && key) tp.columns[column.name] = referenceSpec(key, spec);
    }
  }
}
