import type { FingerprintStore } from './fingerprint-store.js';

/** What a merge join of child keys against parent keys found. */
export interface JoinCounts {
  /** Child keys with no equal parent key. */
  readonly unmatched: number;
  /** Distinct parent keys matched by at least one child key. */
  readonly referenced: number;
}

/**
 * Merge-joins two sorted fingerprint stores in one linear pass.
 *
 * @example
 * ```ts
 * child.sort(); parent.sort()
 * mergeJoin(child, parent) // { unmatched: 2, referenced: 40 }
 * ```
 */
export function mergeJoin(child: FingerprintStore, parent: FingerprintStore): JoinCounts {
  let j = 0;
  let lastMatched = -1;
  let unmatched = 0;
  let referenced = 0;
  for (let i = 0; i < child.length; i++) {
    const hi = child.hiAt(i);
    const lo = child.loAt(i);
    while (j < parent.length && parent.compareAt(j, hi, lo) < 0) j++;
    if (j >= parent.length || parent.compareAt(j, hi, lo) !== 0) unmatched++;
    else if (j !== lastMatched) { referenced++; lastMatched = j; }
  }
  return { unmatched, referenced };
}
