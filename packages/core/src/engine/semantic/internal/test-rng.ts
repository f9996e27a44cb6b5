import { Rng, streamKey } from '../../rng.js';

/** A seeded per-cell source for tests: (seed 1, table 't', `column`, `row`). */
export function rngAt(row: number, column = 'c'): Rng {
  return new Rng(streamKey(1, 't', column), row);
}

/** `n` values of `f`, one per row 0..n-1. */
export function drawRows<T>(n: number, f: (rng: Rng, row: number) => T, column = 'c'): T[] {
  const rng = rngAt(0, column);
  const key = streamKey(1, 't', column);
  return Array.from({ length: n }, (_, row) => f(rng.reset(key, row), row));
}
