import { draw32 } from '@rowforge/core';

/** Smallest even bit count whose power of two covers `size` (at least 2). */
function bitsFor(size: number): number {
  const bits = size <= 1 ? 1 : 32 - Math.clz32(size - 1);
  return Math.max(2, bits + (bits & 1));
}

/** One pass of a 4-round balanced Feistel network over `bits` bits: a bijection on [0, 2^bits). */
function feistel(x: number, bits: number, key: number): number {
  const half = bits / 2;
  const mask = 2 ** half - 1;
  let left = Math.floor(x / 2 ** half);
  let right = x % 2 ** half;
  for (let round = 0; round < 4; round++) {
    const next = (left ^ (draw32(key, right, round) & mask)) >>> 0;
    left = right;
    right = next;
  }
  return left * 2 ** half + right;
}

/**
 * A keyed bijection of [0, size) (a Feistel network with cycle walking): a pure function of
 * (index, size, key), so IDs come from an index and never collide. `size` must stay below 2^32.
 *
 * @example
 * ```ts
 * permuteIndex(7, 1000, streamKey(1, 'students')) // a number in [0, 1000), distinct per index
 * ```
 */
export function permuteIndex(index: number, size: number, key: number): number {
  const bits = bitsFor(size);
  let y = feistel(index, bits, key);
  while (y >= size) y = feistel(y, bits, key);
  return y;
}
