import { getTable, type FkEdge, type ForeignKey, type LoadOrder, type Schema, type Table } from '../../schema/index.js';
import type { Target } from '../target.js';

/**
 * Where a FOREIGN KEY is declared:
 * - `inline`: in CREATE TABLE (the parent is created and loaded earlier);
 * - `inline-deferred`: in CREATE TABLE as DEFERRABLE INITIALLY DEFERRED (SQLite, which
 *   cannot add constraints later);
 * - `after-create`: ALTER TABLE right after all CREATE TABLEs, checked at COMMIT of the
 *   load transaction (PostgreSQL DEFERRABLE cycles in SQL scripts);
 * - `post-load`: ALTER TABLE after all data is in, which validates every row at once.
 */
export type FkPlacement = 'inline' | 'inline-deferred' | 'after-create' | 'post-load';

/** `sql-script`: Rowforge's own INSERT scripts; `bulk-load`: schema.sql beside CSV/JSON files. */
export type LoadPurpose = 'sql-script' | 'bulk-load';

/** Why a FK cannot simply be declared inline. */
export type FkRole = 'plain' | 'deferred' | 'deferrable' | 'late' | 'self' | 'forward';

export interface PlacedForeignKey {
  readonly table: Table;
  readonly parent: Table;
  readonly fk: ForeignKey;
  readonly role: FkRole;
  readonly placement: FkPlacement;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x.toLowerCase() === (b[i] as string).toLowerCase());

/**
 * True when `edge` is the FK `fk` of table `child`.
 *
 * @example
 * ```ts
 * isEdgeOf(order.deferredEdges[0], 'employees', fk)
 * ```
 */
export function isEdgeOf(edge: FkEdge, child: string, fk: ForeignKey): boolean {
  return edge.child === child && edge.fk.refTable === fk.refTable && sameList(edge.fk.columns, fk.columns);
}

function roleOf(order: LoadOrder, table: Table, parent: Table, fk: ForeignKey): FkRole {
  if (parent.name === table.name) return 'self';
  if (order.deferredEdges.some((e) => isEdgeOf(e, table.name, fk))) return 'deferred';
  if (order.deferrableEdges.some((e) => isEdgeOf(e, table.name, fk))) return 'deferrable';
  if (order.lateEdges.some((e) => isEdgeOf(e, table.name, fk))) return 'late';
  return order.tables.indexOf(parent.name) > order.tables.indexOf(table.name) ? 'forward' : 'plain';
}

/**
 * A `late` edge (NOT NULL, not DEFERRABLE, breaking a cycle) keeps its declared semantics:
 * SQLite declares it inline as written and loads with `PRAGMA defer_foreign_keys = ON`; every
 * other target adds it after the data.
 */
function placementOf(role: FkRole, target: Target, purpose: LoadPurpose): FkPlacement {
  if (role === 'plain' || (role === 'late' && target === 'sqlite')) return 'inline';
  if (target === 'sqlite') return 'inline-deferred';
  if (role === 'deferrable' && target === 'postgres' && purpose === 'sql-script') return 'after-create';
  return 'post-load';
}

/**
 * Decides where each FOREIGN KEY of the schema is declared for a target (see
 * {@link FkPlacement}). Self-references go late everywhere, so rows may reference
 * rows inserted in a later batch.
 *
 * @example
 * ```ts
 * placeForeignKeys(schema, loadOrder(schema), 'mysql', 'sql-script').filter((p) => p.placement === 'post-load')
 * ```
 */
export function placeForeignKeys(schema: Schema, order: LoadOrder, target: Target, purpose: LoadPurpose): PlacedForeignKey[] {
  return schema.tables.flatMap((table) =>
    table.foreignKeys.map((fk) => {
      const parent = getTable(schema, fk.refTable);
      const role = roleOf(order, table, parent, fk);
      return { table, parent, fk, role, placement: placementOf(role, target, purpose) };
    }),
  );
}

/**
 * Indexes (in column order) of the columns a table inserts as NULL and fills by UPDATE
 * afterwards: the columns of its FKs on `order.deferredEdges`.
 *
 * @example
 * ```ts
 * deferredColumnIndexes(order, employees) // [3]
 * ```
 */
export function deferredColumnIndexes(order: LoadOrder, table: Table): number[] {
  const names = new Set(order.deferredEdges.filter((e) => e.child === table.name).flatMap((e) => e.fk.columns.map((c) => c.toLowerCase())));
  return table.columns.flatMap((c, i) => (names.has(c.name.toLowerCase()) ? [i] : []));
}
