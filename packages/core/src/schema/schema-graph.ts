import type { Schema } from './schema.js';
import { findColumn, getTable } from './schema.js';
import type { ForeignKey, Table } from './table.js';

/** A foreign-key edge from a child table to its parent. */
export interface FkEdge {
  readonly child: string;
  readonly parent: string;
  readonly fk: ForeignKey;
  /** True when every FK column is nullable, so the edge can be filled in a second pass. */
  readonly nullable: boolean;
  readonly selfReference: boolean;
}

/** How the tables must be loaded: order, plus FK edges deferred to a second pass. */
export interface LoadOrder {
  readonly tables: readonly string[];
  /** Nullable edges broken to order a cycle: inserted as NULL, filled by UPDATE afterwards. */
  readonly deferredEdges: readonly FkEdge[];
  /** NOT NULL cycles whose every edge is DEFERRABLE: loaded in one transaction. */
  readonly deferrableEdges: readonly FkEdge[];
  /**
   * One NOT NULL, non-DEFERRABLE edge per cycle that nothing else breaks: its constraint is
   * enforced only once every row is in (added after the data, or checked with foreign-key
   * checks off / deferred for the load). Generation needs no insertion order either way.
   */
  readonly lateEdges: readonly FkEdge[];
  readonly cycles: readonly (readonly string[])[];
}

export function fkEdges(schema: Schema): FkEdge[] {
  return schema.tables.flatMap((t) =>
    t.foreignKeys.map((fk) => {
      const parent = getTable(schema, fk.refTable).name;
      return {
        child: t.name,
        parent,
        fk,
        nullable: fk.columns.every((c) => findColumn(t, c)?.nullable ?? false),
        selfReference: parent === t.name,
      };
    }),
  );
}

/** Strongly connected components (Tarjan), as table-name lists, in discovery order. */
export function stronglyConnected(names: readonly string[], edges: readonly FkEdge[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter); low.set(v, counter); counter++;
    stack.push(v); onStack.add(v);
    for (const e of edges) {
      if (e.child !== v || e.selfReference) continue;
      const w = e.parent;
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); comp.push(w); } while (w !== v);
      out.push(comp);
    }
  };
  for (const n of names) if (!index.has(n)) visit(n);
  return out;
}

/** Topological order of `names` over `edges` (parents first), stable by schema order. */
function topoOrder(names: readonly string[], edges: readonly FkEdge[]): string[] | undefined {
  const pending = new Set(names);
  const order: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].find((n) => !edges.some((e) => e.child === n && !e.selfReference && pending.has(e.parent)));
    if (ready === undefined) return undefined;
    order.push(ready);
    pending.delete(ready);
  }
  return order;
}

/** Schema position of each table, for deterministic choices. */
function positionsOf(names: readonly string[]): Map<string, number> {
  return new Map(names.map((n, i) => [n, i]));
}

/**
 * The late edge of one strongly connected component: the first edge (by child table, then
 * FK, in schema order) that points forward in the schema, i.e. whose parent is declared
 * after its child — so the load order follows the declaration order where it can.
 */
function lateEdgeOf(component: readonly string[], edges: readonly FkEdge[], pos: Map<string, number>): FkEdge {
  const inside = edges.filter((e) => !e.selfReference && component.includes(e.child) && component.includes(e.parent));
  const forward = inside.filter((e) => (pos.get(e.parent) ?? 0) > (pos.get(e.child) ?? 0));
  const byChild = (a: FkEdge, b: FkEdge): number => (pos.get(a.child) ?? 0) - (pos.get(b.child) ?? 0);
  return [...(forward.length > 0 ? forward : inside)].sort(byChild)[0] as FkEdge;
}

/**
 * Picks late edges until `edges` has no cycle: one per remaining cycle (strongly connected
 * component), repeated while a component still cycles. Deterministic: depends only on the
 * schema order of tables and foreign keys.
 */
export function pickLateEdges(names: readonly string[], edges: readonly FkEdge[]): FkEdge[] {
  const pos = positionsOf(names);
  const late: FkEdge[] = [];
  for (;;) {
    const left = edges.filter((e) => !late.includes(e));
    const cycles = stronglyConnected(names, left).filter((c) => c.length > 1);
    if (cycles.length === 0) return late;
    late.push(...cycles.map((c) => lateEdgeOf(c, left, pos)));
  }
}

/**
 * Computes the load order: parents before children. Cycles are broken on nullable edges
 * (deferred to a second pass); a cycle with no nullable edge is reported in `cycles` with
 * `deferrableEdges` when its edges are DEFERRABLE; a cycle still left is broken on one
 * `lateEdges` edge per cycle ({@link pickLateEdges}).
 */
export function loadOrder(schema: Schema): LoadOrder {
  const names = schema.tables.map((t) => t.name);
  const edges = fkEdges(schema);
  const cycles = stronglyConnected(names, edges).filter((c) => c.length > 1);
  const inCycle = (e: FkEdge): boolean => cycles.some((c) => c.includes(e.child) && c.includes(e.parent)) && !e.selfReference;
  const deferredEdges = edges.filter((e) => inCycle(e) && e.nullable);
  let active = edges.filter((e) => !deferredEdges.includes(e));
  let order = topoOrder(names, active);
  let deferrableEdges: FkEdge[] = [];
  let lateEdges: FkEdge[] = [];
  if (!order) {
    deferrableEdges = active.filter((e) => inCycle(e) && e.fk.deferrable);
    active = active.filter((e) => !deferrableEdges.includes(e));
    lateEdges = pickLateEdges(names, active.filter((e) => !e.selfReference));
    active = active.filter((e) => !lateEdges.includes(e));
    order = topoOrder(names, active) ?? names;
  }
  return { tables: order, deferredEdges, deferrableEdges, lateEdges, cycles };
}

/**
 * NOT NULL cycles with a non-DEFERRABLE edge: no nullable edge to break them and not all
 * edges DEFERRABLE. They load with one late edge per cycle ({@link LoadOrder.lateEdges}).
 */
export function unbreakableCycles(schema: Schema): string[][] {
  const names = schema.tables.map((t) => t.name);
  const edges = fkEdges(schema).filter((e) => !e.selfReference);
  const hard = edges.filter((e) => !e.nullable && !e.fk.deferrable);
  return stronglyConnected(names, hard).filter((c) => c.length > 1);
}

export function tableByName(schema: Schema): Map<string, Table> {
  return new Map(schema.tables.map((t) => [t.name, t]));
}
