import type { IdTable } from './id-table.js';

/**
 * Remembers (left, right) ID pairs, such as (section, student), as one number each
 * (left index × right count + right index): a few bytes a pair instead of two strings.
 * Pairs whose IDs do not resolve are not kept (their rows are already findings).
 */
export class PairSet {
  private readonly seen = new Set<number>();

  constructor(private readonly left: IdTable<unknown>, private readonly right: IdTable<unknown>) {}

  /** Adds the pair; false when it was already there. Unresolved pairs count as new. */
  add(leftId: string, rightId: string): boolean {
    const l = this.left.indexOf(leftId);
    const r = this.right.indexOf(rightId);
    if (l === undefined || r === undefined) return true;
    const key = l * this.right.size + r;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}
