import { RowforgeError } from '../errors/index.js';

/** Topological order of column indexes so every column comes after the ones it reads. */
export function columnOrder(table: string, names: readonly string[], deps: readonly (readonly number[])[]): number[] {
  const order: number[] = [];
  const state = new Uint8Array(names.length);
  const visit = (i: number, path: number[]): void => {
    if (state[i] === 2) return;
    if (state[i] === 1) {
      const cycle = [...path.slice(path.indexOf(i)), i].map((j) => names[j]).join(' → ');
      throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `columns of "${table}" depend on each other in a loop: ${cycle}`, { table });
    }
    state[i] = 1;
    for (const d of deps[i] ?? []) visit(d, [...path, i]);
    state[i] = 2;
    order.push(i);
  };
  names.forEach((_, i) => visit(i, []));
  return order;
}

/** Indexes a column needs (itself included), in evaluation order. */
export function closureOf(col: number, order: readonly number[], deps: readonly (readonly number[])[]): number[] {
  const need = new Set<number>([col]);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] as number;
    if (need.has(i)) for (const d of deps[i] ?? []) need.add(d);
  }
  return order.filter((i) => need.has(i));
}
