/** `FOR VALUES WITH (MODULUS m, REMAINDER r)`. */
export interface HashBound {
  readonly modulus: number;
  readonly remainder: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Largest least common multiple of the moduli that is checked residue by residue. */
const MAX_CYCLE = 1 << 16;

/**
 * A remainder no hash partition takes (a row hashing to it has no partition), or undefined when
 * every remainder is taken or the moduli are too many to check. PostgreSQL requires each modulus
 * to divide the next larger one, so their LCM is the largest modulus.
 */
export function uncoveredRemainder(bounds: readonly HashBound[]): HashBound | undefined {
  if (bounds.length === 0) return undefined;
  const cycle = bounds.reduce((l, b) => (l / gcd(l, b.modulus)) * b.modulus, 1);
  if (!Number.isSafeInteger(cycle) || cycle > MAX_CYCLE) return undefined;
  for (let h = 0; h < cycle; h++) {
    if (!bounds.some((b) => h % b.modulus === b.remainder)) return { modulus: cycle, remainder: h };
  }
  return undefined;
}
