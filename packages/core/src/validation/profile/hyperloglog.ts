const P = 12;
const M = 1 << P;
const ALPHA = 0.7213 / (1 + 1.079 / M);

/**
 * HyperLogLog distinct-count estimator with 4096 registers (4 KiB, ~1.6% error),
 * fed with 64-bit fingerprints.
 *
 * @example
 * ```ts
 * const h = new HyperLogLog()
 * h.add(0x12345678, 0x9abcdef0)
 * h.estimate() // 1
 * ```
 */
export class HyperLogLog {
  private readonly registers = new Uint8Array(M);

  add(hi: number, lo: number): void {
    const index = hi >>> (32 - P);
    const rank = Math.clz32(lo) + 1;
    if (rank > this.registers[index]!) this.registers[index] = rank;
  }

  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (const r of this.registers) {
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const raw = (ALPHA * M * M) / sum;
    return Math.round(raw <= 2.5 * M && zeros > 0 ? M * Math.log(M / zeros) : raw);
  }
}
