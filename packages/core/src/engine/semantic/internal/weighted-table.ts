import type { Rng } from '../../rng.js';
import { invalidArgument } from './invalid-argument.js';

const TWO_32 = 4294967296;
/** Most guide buckets: `u32 × buckets` stays an exact integer (< 2^53). */
const MAX_BUCKETS = 1 << 16;

/**
 * A frozen list of items with fixed weights, sampled with one draw and no allocation.
 * The draw `x = u32 / 2^32 × total` picks the first item whose cumulative weight exceeds
 * `x`. A guide table narrows that search to the few items a bucket of `u32` can reach, so a
 * pick costs about O(1) instead of a full binary search, with exactly the same result.
 */
export class WeightedTable<T> {
  readonly items: readonly T[];
  readonly #cumulative: Float64Array;
  readonly #total: number;
  readonly #buckets: number;
  /** `#guide[b]`: lowest index a draw in bucket b can give; `#guide[buckets]` the last index. */
  readonly #guide: Int32Array;

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
    this.#buckets = Math.min(items.length, MAX_BUCKETS);
    this.#guide = this.#buildGuide();
  }

  /** Item drawn by weight. */
  pick(rng: Rng): T {
    return this.items[this.pickIndex(rng)] as T;
  }

  /** Index drawn by weight. */
  pickIndex(rng: Rng): number {
    const u = rng.u32();
    const b = Math.floor((u * this.#buckets) / TWO_32);
    return this.#search((u / TWO_32) * this.#total, this.#guide[b] as number, this.#guide[b + 1] as number);
  }

  /** First index in [lo, hi] whose cumulative weight exceeds x (the answer lies in that range). */
  #search(x: number, lo: number, hi: number): number {
    const c = this.#cumulative;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((c[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  #buildGuide(): Int32Array {
    const last = this.items.length - 1;
    const guide = new Int32Array(this.#buckets + 1);
    for (let b = 0; b < this.#buckets; b++) guide[b] = this.#search((this.#firstDraw(b) / TWO_32) * this.#total, 0, last);
    guide[this.#buckets] = last;
    return guide;
  }

  /** The smallest u32 in bucket b (x grows with u, so its pick is the bucket's lowest). */
  #firstDraw(b: number): number {
    const k = this.#buckets;
    const bucket = (u: number): number => Math.floor((u * k) / TWO_32);
    let u = Math.ceil((b * TWO_32) / k);
    while (u > 0 && bucket(u - 1) >= b) u--;
    while (bucket(u) < b) u++;
    return u;
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
