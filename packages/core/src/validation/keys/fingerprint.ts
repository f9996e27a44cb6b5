function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * 64-bit fingerprint of a string as two independent 32-bit halves (FNV-1a and a
 * MurmurHash3-style mix over UTF-16 code units), written to `out[0]` (high) and
 * `out[1]` (low). Used for key de-duplication, FK lookups and HyperLogLog.
 *
 * @example
 * ```ts
 * const out = new Uint32Array(2)
 * fingerprint64('42', out) // out now holds the two halves
 * ```
 */
export function fingerprint64(text: string, out: Uint32Array): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    let k = Math.imul(c, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    b ^= k;
    b = (Math.imul((b << 13) | (b >>> 19), 5) + 0xe6546b64) | 0;
  }
  out[0] = fmix(a ^ text.length);
  out[1] = fmix(b ^ Math.imul(text.length, 0x27d4eb2d));
}

/** The fingerprint as one bigint (high half first), for sets of a few values. */
export function fingerprintBig(hi: number, lo: number): bigint {
  return (BigInt(hi) << 32n) | BigInt(lo);
}
