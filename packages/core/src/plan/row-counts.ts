import { RowforgeError } from '../errors/index.js';
import type { Schema, Table } from '../schema/index.js';
import { findColumn, findTable, isSingleColumnKey } from '../schema/index.js';
import { keyRowLimit } from './key-row-limit.js';

/** A table the planner gave fewer rows than asked for, and why. */
export interface RowCap {
  readonly table: string;
  readonly rows: number;
  /** Why no more fit, e.g. `its key "id" (tinyint unsigned) holds no more`. */
  readonly reason: string;
}

/** Rows per table, and the tables kept under the count asked for. */
export interface RowCounts {
  readonly rows: ReadonlyMap<string, number>;
  readonly capped: readonly RowCap[];
}

interface Counting {
  readonly rows: Map<string, number>;
  readonly capped: Map<string, RowCap>;
}

function cap(c: Counting, table: string, rows: number, reason: string): void {
  if (rows >= (c.rows.get(table) ?? 0)) return;
  c.rows.set(table, rows);
  c.capped.set(table, { table, rows, reason });
}

function given(schema: Schema, rowsFor: Readonly<Record<string, number>>): Map<string, number> {
  return new Map(Object.entries(rowsFor).map(([name, n]) => {
    const t = findTable(schema, name);
    if (!t) throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `--rows-for names unknown table "${name}"`, { table: name, hint: `tables: ${schema.tables.map((x) => x.name).join(', ')}` });
    return [t.name, n];
  }));
}

/** A table whose single-column foreign key is unique (one row per parent) gets at most its parent's rows. */
function capByUniqueParents(schema: Schema, table: Table, c: Counting): void {
  for (const fk of table.foreignKeys) {
    const column = fk.columns.length === 1 ? findColumn(table, fk.columns[0] as string) : undefined;
    const parent = column && isSingleColumnKey(table, column) ? findTable(schema, fk.refTable) : undefined;
    const rows = parent ? c.rows.get(parent.name) : undefined;
    if (parent && rows !== undefined) cap(c, table.name, rows, `it has one row per row of "${parent.name}", which gets ${rows.toLocaleString('en-US')}`);
  }
}

/**
 * Rows per table: `rowsFor`'s count where given, else `rows` kept within what the table's
 * integer keys (and the columns referring to them) hold, and within its parent's rows when it
 * has one row per parent. `capped` lists the tables kept under `rows`, with the reason.
 *
 * @example
 * ```ts
 * rowCounts(schema, 1000, {}).capped // [{ table: 'category', rows: 255, reason: 'its key "id" (tinyint unsigned) holds no more' }]
 * ```
 */
export function rowCounts(schema: Schema, rows: number, rowsFor: Readonly<Record<string, number>>): RowCounts {
  const fixed = given(schema, rowsFor);
  const c: Counting = { rows: new Map(schema.tables.map((t) => [t.name, rows])), capped: new Map() };
  for (const t of schema.tables) {
    const limit = keyRowLimit(schema, t);
    if (limit.reason) cap(c, t.name, limit.rows, limit.reason);
  }
  fixed.forEach((n, name) => { c.rows.set(name, n); c.capped.delete(name); });
  for (let pass = 0; pass < schema.tables.length; pass++) schema.tables.forEach((t) => { if (!fixed.has(t.name)) capByUniqueParents(schema, t, c); });
  return { rows: c.rows, capped: schema.tables.flatMap((t) => c.capped.get(t.name) ?? []) };
}
