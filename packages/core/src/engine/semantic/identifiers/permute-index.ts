import { mix32 } from '../../../util/hash.js';
import { assertInt, invalidArgument } from '../internal/invalid-argument.js';

/** Largest domain supported: 2^52 (two 26-bit Feistel halves, exact in doubles). */
export const MAX_PERMUTATION_SIZE = 2 ** 52;

const ROUNDS = 6;
const ROUND_CONSTANTS: readonly number[] = Object.freeze([0x9e3779b9, 0x7f4a7c15, 0xf39cc060, 0x5ced1bc9, 0x2b7e1516, 0xd1b54a33]);
/** Up to this many half bits, both halves and their join fit a 31-bit integer. */
const INT_HALF_BITS = 15;

/** Smallest h with 4^h = (2^h)^2 ≥ n. */
function halfBits(n: number): number {
  let h = 0;
  while (2 ** (2 * h) < n) h++;
  return h;
}

/**
 * A keyed permutation of [0, n) compiled once: round keys, half width. `at` is
 * {@link permuteIndex} without the argument checks or the key schedule.
 */
export class Permutation {
  readonly n: number;
  readonly key: number;
  readonly #keys = new Uint32Array(ROUNDS);
  readonly #h: number;
  readonly #size: number;
  readonly #shift: number;

  constructor(n: number, key: number) {
    assertInt('n', n, 1, MAX_PERMUTATION_SIZE);
    this.n = n;
    this.key = key >>> 0;
    for (let i = 0; i < ROUNDS; i++) this.#keys[i] = mix32((this.key ^ (ROUND_CONSTANTS[i] as number)) >>> 0);
    this.#h = halfBits(n);
    this.#size = 2 ** this.#h;
    this.#shift = 32 - this.#h;
  }

  /** The image of `index` (an integer in [0, n), unchecked). */
  at(index: number): number {
    if (this.n === 1) return 0;
    let x = index;
    if (this.#h <= INT_HALF_BITS) do x = this.#feistelInt(x); while (x >= this.n);
    else do x = this.#feistel(x); while (x >= this.n);
    return x;
  }

  /** One balanced Feistel permutation of [0, 4^h) with h ≤ 15, in 32-bit integer arithmetic. */
  #feistelInt(x: number): number {
    const h = this.#h;
    const keys = this.#keys;
    let left = x >>> h;
    let right = x & (this.#size - 1);
    for (let i = 0; i < ROUNDS; i++) {
      const next = (left ^ (mix32((right ^ (keys[i] as number)) >>> 0) >>> this.#shift)) >>> 0;
      left = right;
      right = next;
    }
    return left * this.#size + right;
  }

  /** One balanced Feistel permutation of [0, 4^h), h in 1..26, in doubles. */
  #feistel(x: number): number {
    const size = this.#size;
    const keys = this.#keys;
    let left = Math.floor(x / size);
    let right = x % size;
    for (let i = 0; i < ROUNDS; i++) {
      const next = (left ^ (mix32((right ^ (keys[i] as number)) >>> 0) >>> this.#shift)) >>> 0;
      left = right;
      right = next;
    }
    return left * size + right;
  }
}

/** Recently used permutations, one slot per low bits of (key ^ n): callers interleave a few. */
const cache: (Permutation | undefined)[] = new Array<Permutation | undefined>(16);

/** The compiled permutation of [0, n) for `key`, reused across calls. */
export function permutation(n: number, key: number): Permutation {
  const k = key >>> 0;
  const slot = (k ^ n ^ (k >>> 8)) & 15;
  const p = cache[slot];
  if (p !== undefined && p.n === n && p.key === k) return p;
  const made = new Permutation(n, k);
  cache[slot] = made;
  return made;
}

/**
 * A keyed pseudo-random permutation of [0, n): distinct indexes always map to distinct
 * results, and consecutive indexes look unrelated. A 6-round Feistel network over the
 * smallest power of 4 ≥ n, with cycle walking back into range (fewer than 4 steps on
 * average). Pure and allocation-free; n up to 2^52, `key` any 32-bit integer.
 */
export function permuteIndex(index: number, n: number, key: number): number {
  const p = permutation(n, key);
  if (!Number.isInteger(index) || index < 0 || index >= n) throw invalidArgument(`index ${index} is outside [0, ${n})`);
  return p.at(index);
}
