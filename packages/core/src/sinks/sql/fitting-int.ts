import { intBounds, type IntType } from '../../schema/index.js';

/** A dialect's integer types, narrowest first, each with the values it holds. */
export type IntLadder = readonly (readonly [name: string, lo: bigint, hi: bigint])[];

const SIGN_BITS = [15n, 31n, 63n] as const;

/** Signed types of 16, 32 and 64 bits under the given names. */
export function signedLadder(names: readonly [string, string, string]): IntLadder {
  return names.map((name, i) => {
    const half = 1n << SIGN_BITS[i]!;
    return [name, -half, half - 1n] as const;
  });
}

/**
 * The narrowest type of `ladder` that holds every value of `t`, else `fallback`: a dialect
 * without unsigned, 8-bit, 24-bit or YEAR types still keeps every value the source allows.
 *
 * @example
 * ```ts
 * fittingInt({ kind: 'int', bits: 16, unsigned: true }, signedLadder(['smallint', 'integer', 'bigint']), 'numeric(20,0)') // 'integer'
 * ```
 */
export function fittingInt(t: IntType, ladder: IntLadder, fallback: string): string {
  const [lo, hi] = intBounds(t);
  return ladder.find(([, min, max]) => min <= lo && hi <= max)?.[0] ?? fallback;
}
