import type { Rng } from '../../rng.js';

/** Two different elements of a list of at least two (one element is returned twice). */
export function pickTwo<T>(rng: Rng, items: readonly T[]): readonly [T, T] {
  const n = items.length;
  if (n < 2) return [items[0] as T, items[0] as T];
  const a = rng.int(0, n - 1);
  let b = rng.int(0, n - 2);
  if (b >= a) b++;
  return [items[a] as T, items[b] as T];
}
