import type { Rng } from '../../rng.js';
import { invalidArgument } from './invalid-argument.js';

/**
 * A frozen list of items with fixed weights, sampled in O(log n) with one draw and
 * no allocation (cumulative weights + binary search).
 */
export class WeightedTable<T> {
  readonly items: readonly T[];
  readonly #cumulative: Float64Array;
  readonly #total: number;

  constructor(items: readonly T[], weights: readonly number[]) {
    if (items.length === 0 || items.length !== weights.length) throw invalidArgument('WeightedTable needs one weight per item and at least one item');
    this.items = Object.freeze([...items]);
    this.#cumulative = new Float64Array(items.length);
    let total = 0;
    weights.forEach((w, i) => {
      total += Math.max(0, w);
      this.#cumulative[i] = total;
    });
    if (!(total > 0)) throw invalidArgument('WeightedTable needs a positive total weight');
    this.#total = total;
  }

  /** Item drawn by weight. */
  pick(rng: Rng): T {
    return this.items[this.pickIndex(rng)] as T;
  }

  /** Index drawn by weight. */
  pickIndex(rng: Rng): number {
    const x = (rng.u32() / 4294967296) * this.#total;
    const c = this.#cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((c[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Items from `[value, weight]` pairs. */
export function weightedOf<T>(pairs: readonly (readonly [T, number])[]): WeightedTable<T> {
  return new WeightedTable(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
}

/**
 * A rank-ordered list (most common first) weighted like a Zipf law, `1 / (rank + offset)`:
 * a bigger offset flattens the head.
 */
export function zipfTable<T>(items: readonly T[], offset: number): WeightedTable<T> {
  return new WeightedTable(items, items.map((_, rank) => 1 / (rank + 1 + offset)));
}
