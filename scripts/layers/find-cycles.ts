/** A directed graph as adjacency lists; every node must be a key. */
export type Graph = ReadonlyMap<string, readonly string[]>;

/**
 * Tarjan's strongly connected components (iterative, so deep graphs cannot overflow the stack).
 * Returns only the components that contain a cycle: two or more nodes, or one node with a
 * self-edge. Each component is sorted; the list is sorted by its first node.
 */
export function findCycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let next = 0;

  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const scc: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          scc.push(n);
        } while (n !== frame.node);
        const selfLoop = scc.length === 1 && (graph.get(frame.node) ?? []).includes(frame.node);
        if (scc.length > 1 || selfLoop) result.push(scc.sort());
      }
    }
  }
  return result.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/**
 * One shortest cycle through the first node of a component (breadth-first inside it),
 * as a closed path `[a, b, ..., a]`, for a readable report.
 */
export function shortestCycle(graph: Graph, component: readonly string[]): string[] {
  const inside = new Set(component);
  const start = component[0]!;
  const prev = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const to of graph.get(node) ?? []) {
      if (!inside.has(to)) continue;
      if (to === start) return [...pathTo(prev, node, start), start];
      if (!prev.has(to)) {
        prev.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}

function pathTo(prev: ReadonlyMap<string, string>, node: string, start: string): string[] {
  const out = [node];
  let cur = node;
  while (cur !== start) {
    cur = prev.get(cur)!;
    out.push(cur);
  }
  return out.reverse();
}
