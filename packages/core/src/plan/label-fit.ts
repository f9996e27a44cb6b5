import type { Column } from '../schema/index.js';
import { maxLengthOf } from '../schema/index.js';

/** Characters of a label as a string column counts them: Unicode code points (`'é'` is one). */
export function labelLength(label: string | number): number {
  let n = 0;
  for (const _ of String(label)) n++;
  return n;
}

/** True when `label` fits `column`: any label fits a column without a length (TEXT, an enum, a number). */
export function labelFits(label: string | number, column: Column): boolean {
  const max = maxLengthOf(column);
  return max === undefined || labelLength(label) <= max;
}

/**
 * The labels of a list that fit the column's length, and those that do not.
 *
 * @example
 * ```ts
 * splitByFit(['paid', 'uncollectible'], varchar12) // { fit: ['paid'], dropped: ['uncollectible'] }
 * ```
 */
export function splitByFit<T extends string | number>(labels: readonly T[], column: Column): { fit: T[]; dropped: T[] } {
  return { fit: labels.filter((l) => labelFits(l, column)), dropped: labels.filter((l) => !labelFits(l, column)) };
}
