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

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
/** Below this, `|n| * 10^scale` is computed to within 0.004 of the exact product. */
const FAST_LIMIT = 2 ** 44;

/** Integer path: exact when the scaled value is not within 0.01 of a rounding tie. */
function fastDecimal(n: number, scale: number): string | undefined {
  const x = Math.abs(n) * (POW10[scale] as number);
  const k = Math.round(x);
  if (!(x < FAST_LIMIT) || Math.abs(x - k) > 0.49) return undefined;
  const sign = n < 0 && k !== 0 ? '-' : '';
  if (scale === 0) return `${sign}${k}`;
  const digits = String(k).padStart(scale + 1, '0');
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/**
 * A decimal with exactly `scale` digits after the point; the same text as
 * `n.toFixed(scale)` (without a `-` on zero), by integer arithmetic when that is exact.
 *
 * @example
 * ```ts
 * formatDecimal(12.5, 2) // '12.50'
 * formatDecimal(7, 0)    // '7'
 * ```
 */
export function formatDecimal(n: number, scale: number): string {
  const fast = scale < POW10.length ? fastDecimal(n, scale) : undefined;
  if (fast !== undefined) return fast;
  const text = n.toFixed(Math.min(scale, 100));
  return text.charCodeAt(0) === 45 && /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
