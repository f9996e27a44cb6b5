/** Rounds `x` up with probability equal to its fraction (`u` uniform in [0,1)): unbiased over many draws. */
export function stochasticRound(x: number, u: number): number {
  const base = Math.floor(x);
  return base + (u < x - base ? 1 : 0);
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder, ties to the earlier part). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts;
}
