import type { Rng } from '../rng.js';

/** Poisson draw (Knuth for small means, normal approximation above 30). */
export function poisson(rng: Rng, mean: number): number {
  if (mean > 30) return Math.max(0, Math.round(rng.normal(mean, Math.sqrt(mean))));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.float();
  while (p > limit) { k++; p *= rng.float(); }
  return k;
}

/** Zipf-like rank in [0, n): inverse CDF of a continuous power law with exponent s. */
export function zipfRank(u: number, n: number, s: number): number {
  if (n <= 1) return 0;
  const r = Math.abs(s - 1) < 1e-9
    ? Math.exp(u * Math.log(n + 1)) - 1
    : ((n + 1) ** (1 - s) - 1) * u + 1;
  const rank = Math.abs(s - 1) < 1e-9 ? r : r ** (1 / (1 - s)) - 1;
  return Math.min(n - 1, Math.max(0, Math.floor(rank)));
}
