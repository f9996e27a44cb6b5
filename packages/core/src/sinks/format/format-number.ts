/**
 * Shortest text that reads back as the same number. For 32-bit floats the shortest
 * text that reads back as the same `float4`/`REAL` (e.g. `0.1`, not `0.10000000149011612`).
 * Non-finite values are spelled `NaN`, `Infinity`, `-Infinity`.
 *
 * @example
 * ```ts
 * formatFloat(0.1, 64)               // '0.1'
 * formatFloat(Math.fround(0.1), 32)  // '0.1'
 * ```
 */
export function formatFloat(n: number, bits: 32 | 64 = 64): string {
  if (bits === 32 && Number.isFinite(n) && Math.fround(n) === n) return shortestFloat32(n);
  return String(n);
}

function shortestFloat32(n: number): string {
  for (let p = 1; p < 9; p++) {
    const candidate = Number(n.toPrecision(p));
    if (Math.fround(candidate) === n) return String(candidate);
  }
  return String(Number(n.toPrecision(9)));
}

/**
 * A decimal with exactly `scale` digits after the point.
 *
 * @example
 * ```ts
 * formatDecimal(12.5, 2) // '12.50'
 * formatDecimal(7, 0)    // '7'
 * ```
 */
export function formatDecimal(n: number, scale: number): string {
  const text = n.toFixed(Math.min(scale, 100));
  return text.charCodeAt(0) === 45 && /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
