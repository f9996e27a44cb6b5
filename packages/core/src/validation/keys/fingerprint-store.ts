const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/**
 * A growable array of 64-bit fingerprints: 8 bytes per entry in one BigUint64Array,
 * sorted natively. Halves are written through a Uint32Array view of the same buffer,
 * so pushing and comparing never allocate a bigint.
 *
 * @example
 * ```ts
 * const s = new FingerprintStore()
 * s.push(0, 7); s.push(0, 3); s.sort()
 * s.loAt(0) // 3
 * ```
 */
export class FingerprintStore {
  private u64: BigUint64Array = new BigUint64Array(0);
  private u32: Uint32Array = new Uint32Array(0);
  private size = 0;
  private sorted = true;

  /** `capacity`: entries made room for at the first push (none before, so an adopted store never allocates it). */
  constructor(private readonly capacity = 1024) {}

  get length(): number {
    return this.size;
  }

  push(hi: number, lo: number): void {
    if (this.size === this.u64.length) this.grow();
    this.u32[this.size * 2 + HI] = hi;
    this.u32[this.size * 2 + LO] = lo;
    this.size++;
    this.sorted = false;
  }

  hiAt(i: number): number {
    return this.u32[i * 2 + HI]!;
  }

  loAt(i: number): number {
    return this.u32[i * 2 + LO]!;
  }

  /** Sorts ascending in place (unsigned 64-bit order); a no-op when already sorted. */
  sort(): void {
    if (!this.sorted) this.u64.subarray(0, this.size).sort();
    this.sorted = true;
  }

  /** True when entries i and j are equal. */
  equalAt(i: number, j: number): boolean {
    return this.u32[i * 2] === this.u32[j * 2] && this.u32[i * 2 + 1] === this.u32[j * 2 + 1];
  }

  /** Compares entry i with (hi, lo) in unsigned order. */
  compareAt(i: number, hi: number, lo: number): number {
    const h = this.hiAt(i);
    if (h !== hi) return h < hi ? -1 : 1;
    const l = this.loAt(i);
    return l === lo ? 0 : l < lo ? -1 : 1;
  }

  /** First index whose entry is >= (hi, lo); the store must be sorted. */
  lowerBound(hi: number, lo: number): number {
    let a = 0;
    let b = this.size;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.compareAt(mid, hi, lo) < 0) a = mid + 1;
      else b = mid;
    }
    return a;
  }

  /** True when (hi, lo) is present; the store must be sorted. */
  has(hi: number, lo: number): boolean {
    const i = this.lowerBound(hi, lo);
    return i < this.size && this.compareAt(i, hi, lo) === 0;
  }

  /** A copy of the entries, in their current order (its buffer can be moved to another thread). */
  entries(): BigUint64Array {
    return this.u64.slice(0, this.size);
  }

  /** Takes `entries` (e.g. another thread's `entries()`) as this store's contents. */
  adopt(entries: BigUint64Array): void {
    this.u64 = entries;
    this.u32 = new Uint32Array(entries.buffer, entries.byteOffset, entries.length * 2);
    this.size = entries.length;
    this.sorted = false;
  }

  private grow(): void {
    const next = new BigUint64Array(Math.max(16, this.u64.length === 0 ? this.capacity : this.u64.length * 2));
    next.set(this.u64);
    this.u64 = next;
    this.u32 = new Uint32Array(next.buffer);
  }
}
