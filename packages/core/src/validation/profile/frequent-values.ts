/**
 * Value counts, exact while at most `capacity` distinct values were seen, then a
 * Misra-Gries summary (counts become lower bounds; the frequent values survive).
 *
 * @example
 * ```ts
 * const f = new FrequentValues(2)
 * for (const v of ['a', 'b', 'a']) f.add(v)
 * f.top(1) // [{ value: 'a', count: 2 }]
 * ```
 */
export class FrequentValues {
  private readonly counts = new Map<string, number>();
  private overflowed = false;
  /** Counters at 1: when every counter is, a Misra-Gries step empties the map at once. */
  private ones = 0;

  /** `onOverflow` sees every distinct value once, just before counting turns approximate. */
  constructor(
    private readonly capacity: number,
    private readonly onOverflow?: (values: Iterable<string>) => void,
  ) {}

  /** False once more distinct values than the capacity were seen. */
  get exact(): boolean {
    return !this.overflowed;
  }

  /** Distinct values held (all of them while exact). */
  get size(): number {
    return this.counts.size;
  }

  add(value: string): void {
    const n = this.counts.get(value);
    if (n !== undefined) {
      this.counts.set(value, n + 1);
      if (n === 1) this.ones--;
    } else if (this.counts.size < this.capacity) {
      this.counts.set(value, 1);
      this.ones++;
    } else this.decrementAll();
  }

  /** The `n` most frequent values, by count then value. */
  top(n: number): { value: string; count: number }[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, n)
      .map(([value, count]) => ({ value, count }));
  }

  /** Misra-Gries step: every counter loses one, empty counters are dropped. */
  private decrementAll(): void {
    if (!this.overflowed) this.onOverflow?.(this.counts.keys());
    this.overflowed = true;
    if (this.ones === this.counts.size) {
      this.counts.clear();
      this.ones = 0;
      return;
    }
    this.ones = 0;
    for (const [k, v] of this.counts) {
      if (v <= 1) this.counts.delete(k);
      else {
        this.counts.set(k, v - 1);
        if (v === 2) this.ones++;
      }
    }
  }
}
