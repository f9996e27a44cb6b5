/** 32-bit FNV-1a of a string; stable across platforms and Node versions. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3 finaliser: a bijective 32-bit mixer. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hex SHA-like digest is not needed here; a 64-bit FNV pair is enough for plan hashes. */
export function hash64Hex(text: string): string {
  const a = fnv1a32(text);
  const b = fnv1a32(`${text.length}:${text}`);
  return a.toString(16).padStart(8, '0') + mix32(b ^ a).toString(16).padStart(8, '0');
}
