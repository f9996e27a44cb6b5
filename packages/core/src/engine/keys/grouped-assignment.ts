/**
 * Children grouped by parent with a per-parent count (exact k, or Poisson): maps a child row
 * to its parent with block prefix sums (one number per 1024 parents), so memory stays small
 * and sequential access reuses one decoded block.
 */
export class GroupedAssignment {
  static readonly BLOCK = 1024;
  readonly total: number;
  readonly #countOf: (parent: number) => number;
  readonly #parents: number;
  readonly #blockStart: Float64Array;
  #cachedBlock = -1;
  #cachedPrefix = new Float64Array(GroupedAssignment.BLOCK + 1);

  constructor(parents: number, countOf: (parent: number) => number) {
    this.#parents = parents;
    this.#countOf = countOf;
    const blocks = Math.ceil(parents / GroupedAssignment.BLOCK);
    this.#blockStart = new Float64Array(blocks + 1);
    let sum = 0;
    for (let b = 0; b < blocks; b++) {
      this.#blockStart[b] = sum;
      const end = Math.min(parents, (b + 1) * GroupedAssignment.BLOCK);
      for (let p = b * GroupedAssignment.BLOCK; p < end; p++) sum += countOf(p);
    }
    this.#blockStart[blocks] = sum;
    this.total = sum;
  }

  #decode(block: number): Float64Array {
    if (block === this.#cachedBlock) return this.#cachedPrefix;
    const start = block * GroupedAssignment.BLOCK;
    const end = Math.min(this.#parents, start + GroupedAssignment.BLOCK);
    let sum = this.#blockStart[block] as number;
    for (let p = start; p < end; p++) { this.#cachedPrefix[p - start] = sum; sum += this.#countOf(p); }
    this.#cachedPrefix[end - start] = sum;
    this.#cachedBlock = block;
    return this.#cachedPrefix;
  }

  /** Parent index of child row `row` (0 <= row < total). */
  parentOf(row: number): number {
    const block = upperBound(this.#blockStart, row) - 1;
    const prefix = this.#decode(block);
    const size = Math.min(GroupedAssignment.BLOCK, this.#parents - block * GroupedAssignment.BLOCK);
    return block * GroupedAssignment.BLOCK + upperBound(prefix.subarray(0, size + 1), row) - 1;
  }
}

/** First index whose value is > x (arrays sorted ascending). */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}
