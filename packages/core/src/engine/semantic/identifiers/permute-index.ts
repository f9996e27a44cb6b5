import { mix32 } from '../../../util/hash.js';
import { assertInt, invalidArgument } from '../internal/invalid-argument.js';

/** Largest domain supported: 2^52 (two 26-bit Feistel halves, exact in doubles). */
export const MAX_PERMUTATION_SIZE = 2 ** 52;

const ROUNDS = 6;
const ROUND_CONSTANTS: readonly number[] = Object.freeze([0x9e3779b9, 0x7f4a7c15, 0xf39cc060, 0x5ced1bc9, 0x2b7e1516, 0xd1b54a33]);

/** Scratch round keys for the last key seen (no allocation per call). */
const roundKeys = new Uint32Array(ROUNDS);
let cachedKey: number | undefined;

function scheduleKeys(key: number): void {
  if (cachedKey === key) return;
  for (let i = 0; i < ROUNDS; i++) roundKeys[i] = mix32((key ^ (ROUND_CONSTANTS[i] as number)) >>> 0);
  cachedKey = key;
}

/** Smallest h with 4^h = (2^h)^2 ≥ n. */
function halfBits(n: number): number {
  let h = 0;
  while (2 ** (2 * h) < n) h++;
  return h;
}

/** One balanced Feistel permutation of [0, 4^h), h in 1..26. */
function feistel(x: number, h: number): number {
  const size = 2 ** h;
  const shift = 32 - h;
  let left = Math.floor(x / size);
  let right = x % size;
  for (let i = 0; i < ROUNDS; i++) {
    const f = mix32((right ^ (roundKeys[i] as number)) >>> 0) >>> shift;
    const next = (left ^ f) >>> 0;
    left = right;
    right = next;
  }
  return left * size + right;
}

/**
 * A keyed pseudo-random permutation of [0, n): distinct indexes always map to distinct
 * results, and consecutive indexes look unrelated. A 6-round Feistel network over the
 * smallest power of 4 ≥ n, with cycle walking back into range (fewer than 4 steps on
 * average). Pure and allocation-free; n up to 2^52, `key` any 32-bit integer.
 */
export function permuteIndex(index: number, n: number, key: number): number {
  assertInt('n', n, 1, MAX_PERMUTATION_SIZE);
  if (!Number.isInteger(index) || index < 0 || index >= n) throw invalidArgument(`index ${index} is outside [0, ${n})`);
  if (n === 1) return 0;
  scheduleKeys(key >>> 0);
  const h = halfBits(n);
  let x = index;
  do x = feistel(x, h);
  while (x >= n);
  return x;
}
