import { findColumn, findTable, stronglyConnected, type FkEdge, type Schema, type Table } from '../../schema/index.js';
import type { DeferredEdge } from '../manifest/manifest-schema.js';
import type { ViolationCollector } from '../report/violation-collector.js';

/** The manifest facts the load-order check needs. */
export interface LoadOrderInput {
  readonly loadOrder: readonly string[];
  /** Nullable edges inserted as NULL and filled later. */
  readonly deferred: readonly DeferredEdge[];
  /** Edges of NOT NULL cycles loaded in one transaction with DEFERRABLE constraints. */
  readonly deferrable?: readonly DeferredEdge[];
  /** NOT NULL, non-DEFERRABLE edges breaking a cycle, enforced once every row is in. */
  readonly late?: readonly DeferredEdge[];
  /** Tables the manifest lists. */
  readonly tables: readonly string[];
}

const same = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();

function edges(schema: Schema): FkEdge[] {
  return schema.tables.flatMap((t) => t.foreignKeys.flatMap((fk) => {
    const parent = findTable(schema, fk.refTable);
    if (!parent) return [];
    const nullable = fk.columns.every((c) => findColumn(t, c)?.nullable ?? false);
    return [{ child: t.name, parent: parent.name, fk, nullable, selfReference: parent === t }];
  }));
}

function isDeferred(edge: FkEdge, deferred: readonly DeferredEdge[]): boolean {
  return deferred.some((d) =>
    (d.name !== undefined && same(edge.fk.name, d.name))
    || (same(d.child, edge.child) && same(d.parent, edge.parent)
      && (d.columns === undefined || d.columns.every((c, i) => same(edge.fk.columns[i], c)))));
}

function positions(order: readonly string[]): Map<string, number> {
  const pos = new Map<string, number>();
  order.forEach((name, i) => { if (!pos.has(name.toLowerCase())) pos.set(name.toLowerCase(), i); });
  return pos;
}

function checkListed(input: LoadOrderInput, collectorFor: (table: string) => ViolationCollector): void {
  const counts = new Map<string, number>();
  for (const n of input.loadOrder) counts.set(n.toLowerCase(), (counts.get(n.toLowerCase()) ?? 0) + 1);
  for (const t of input.tables) {
    const n = counts.get(t.toLowerCase()) ?? 0;
    if (n === 1) continue;
    const message = n === 0 ? `manifest loadOrder does not list ${t}` : `manifest loadOrder lists ${t} ${n} times`;
    collectorFor(t).add({ rule: 'load-order', constraint: 'loadOrder', message });
  }
}

function edgeLabel(e: FkEdge): string {
  return e.fk.name ?? `FOREIGN KEY (${e.fk.columns.join(', ')}) REFERENCES ${e.parent}`;
}

function checkEdge(e: FkEdge, pos: Map<string, number>, input: LoadOrderInput, inCycle: (e: FkEdge) => boolean, c: ViolationCollector): void {
  const deferred = isDeferred(e, input.deferred);
  if (deferred && !e.nullable) {
    c.add({ rule: 'load-order', constraint: edgeLabel(e), message: `${edgeLabel(e)} is deferred in the manifest but its columns are NOT NULL, so rows cannot be inserted with it empty` });
  }
  const p = pos.get(e.parent.toLowerCase());
  const ch = pos.get(e.child.toLowerCase());
  const inTransaction = (e.fk.deferrable && inCycle(e)) || isDeferred(e, input.deferrable ?? []) || (inCycle(e) && isDeferred(e, input.late ?? []));
  if (deferred || inTransaction || p === undefined || ch === undefined || p < ch) return;
  c.add({ rule: 'load-order', constraint: edgeLabel(e), message: `manifest loadOrder puts ${e.child} before its parent ${e.parent} (${edgeLabel(e)}) and the edge is not deferred` });
}

/**
 * Checks the manifest's load order: every table listed once, and every FK parent
 * before its child, except self-references, edges the manifest lists as deferred,
 * DEFERRABLE edges inside a cycle (loaded in one transaction), and the cycle edges the
 * manifest lists as late (`lateForeignKeys`, enforced once every row is in).
 *
 * @example
 * ```ts
 * checkLoadOrder(schema, { loadOrder: ['orders', 'users'], deferred: [], tables: ['users', 'orders'] }, collectorFor)
 * // 'load-order' violation on orders
 * ```
 */
export function checkLoadOrder(schema: Schema, input: LoadOrderInput, collectorFor: (table: string) => ViolationCollector): void {
  checkListed(input, collectorFor);
  const all = edges(schema).filter((e) => !e.selfReference);
  const cycles = stronglyConnected(schema.tables.map((t: Table) => t.name), all).filter((c) => c.length > 1);
  const inCycle = (e: FkEdge): boolean => cycles.some((c) => c.includes(e.child) && c.includes(e.parent));
  const pos = positions(input.loadOrder);
  const listed = new Set(input.tables.map((t) => t.toLowerCase()));
  for (const e of all) {
    if (listed.has(e.child.toLowerCase()) && listed.has(e.parent.toLowerCase())) checkEdge(e, pos, input, inCycle, collectorFor(e.child));
  }
}
