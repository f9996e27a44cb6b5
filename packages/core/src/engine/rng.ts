import { fnv1a32, mix32 } from '../util/hash.js';

/**
 * Counter-based randomness: every draw is a pure function of
 * (stream key, row index, draw number). A stream key is a hash of
 * (seed, table, column), so columns never share a stream and adding a
 * column leaves the others' values unchanged.
 */
export function streamKey(seed: string | number, ...path: readonly string[]): number {
  return fnv1a32(`${String(seed)}\u0000${path.join('\u0000')}`);
}

/** Uniform 32-bit unsigned integer for (key, row, draw). */
export function draw32(key: number, row: number, drawNo: number): number {
  const hi = Math.floor(row / 4294967296);
  let h = mix32(key ^ Math.imul(drawNo + 1, 0x9e3779b9));
  h = mix32(h ^ (row >>> 0));
  h = mix32(h ^ Math.imul(hi + 1, 0x7feb352d));
  return h;
}

/**
 * A per-cell random source: `next()` gives successive independent draws for one
 * (stream, row). Cheap to create; generators take one as their only randomness.
 */
export class Rng {
  #key: number;
  #row: number;
  #n = 0;

  constructor(key: number, row: number, firstDraw = 0) {
    this.#key = key;
    this.#row = row;
    this.#n = firstDraw;
  }

  /** Re-points this source at another cell without allocating. */
  reset(key: number, row: number, firstDraw = 0): this {
    this.#key = key;
    this.#row = row;
    this.#n = firstDraw;
    return this;
  }

  /** How many draws this source has made (its next draw's number). */
  get drawn(): number {
    return this.#n;
  }

  /** Passes over `n` draws without making them. */
  skip(n: number): this {
    this.#n += n;
    return this;
  }

  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    return draw32(this.#key, this.#row, this.#n++);
  }

  /** Uniform float in [0, 1) with 53 bits. */
  float(): number {
    const a = this.u32() >>> 5;
    const b = this.u32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** Uniform integer in [min, max] (inclusive); safe for spans up to 2^53. */
  int(min: number, max: number): number {
    const span = max - min + 1;
    if (span <= 4294967296) return min + Math.floor((this.u32() / 4294967296) * span);
    return min + Math.floor(this.float() * span);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** Uniform element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor((this.u32() / 4294967296) * items.length)] as T;
  }

  /** Index drawn by weights (need not sum to 1). */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] as number;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** Standard normal (Box–Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.float();
    const v = this.float();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
