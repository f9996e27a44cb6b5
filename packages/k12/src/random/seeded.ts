import { Rng, streamKey } from '@rowforge/core';

/** The stream key of one roster purpose, e.g. `keyFor(seed, 'students', 2, 4)`. */
export function keyFor(seed: string, purpose: string, ...path: readonly number[]): number {
  return streamKey(seed, 'k12', purpose, ...path.map(String));
}

/** A fresh random source for item `row` of a stream. */
export function rngFor(key: number, row: number): Rng {
  return new Rng(key, row);
}
