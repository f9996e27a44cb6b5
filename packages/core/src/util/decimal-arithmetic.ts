/** The most decimal places a result is rounded to; past it a float is left as it is. */
const MAX_PLACES = 15;

/**
 * Decimal places of a number as JavaScript writes it shortest (`99999.99` → 2, `1e-7` → 7,
 * `12` → 0); undefined when not finite.
 */
export function decimalPlaces(n: number): number | undefined {
  if (!Number.isFinite(n)) return undefined;
  if (Number.isInteger(n)) return 0;
  const [mantissa = '', exponent = '0'] = String(n).split('e');
  const dot = mantissa.indexOf('.');
  return Math.max(0, (dot < 0 ? 0 : mantissa.length - dot - 1) - Number(exponent));
}

/** The places exact decimal arithmetic keeps for `x op y`: the larger of the two for + and −, their sum for ×. */
function resultPlaces(op: '+' | '-' | '*', x: number, y: number): number | undefined {
  const px = decimalPlaces(x);
  const py = decimalPlaces(y);
  if (px === undefined || py === undefined) return undefined;
  return op === '*' ? px + py : Math.max(px, py);
}

function raw(op: '+' | '-' | '*', x: number, y: number): number {
  return op === '+' ? x + y : op === '-' ? x - y : x * y;
}

/**
 * `x + y`, `x − y` or `x × y` as SQL's exact decimals give it: the binary result rounded to the
 * places the operands carry, so `100000 − 99999.99` is `0.01` (not 0.010000000000582077, which
 * no relative tolerance at the result's own size would call equal). Operands with more than 15
 * places between them (floats such as `0.1 + 0.2`'s 0.30000000000000004) are left unrounded.
 *
 * @example
 * ```ts
 * decimalArithmetic('-', 100000, 99999.99) // 0.01
 * decimalArithmetic('*', 3, 19.99)        // 59.97
 * ```
 */
export function decimalArithmetic(op: '+' | '-' | '*', x: number, y: number): number {
  const result = raw(op, x, y);
  if (Number.isInteger(x) && Number.isInteger(y)) return result;
  const places = resultPlaces(op, x, y);
  if (places === undefined || places > MAX_PLACES || !Number.isFinite(result) || Math.abs(result) >= 1e21) return result;
  return Number(result.toFixed(places));
}

/**
 * Numbers' order (−1, 0, 1); non-integers within a relative 1e-12 are equal, so decimal
 * arithmetic in binary floating point meets `=` where a database's exact decimals do
 * (`subtotal + tax` = 13.360000000000001 against 13.36). The engine's CHECK evaluator and
 * validation compare through it.
 */
export function compareNumbers(a: number, b: number): number {
  if (a === b) return 0;
  if (!Number.isInteger(a) || !Number.isInteger(b)) {
    if (Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b))) return 0;
  }
  return a < b ? -1 : 1;
}

/**
 * `n` rounded half away from zero to `digits` places, as exact decimals round in PostgreSQL and
 * MariaDB: the binary noise of the scaled value is dropped first (71.445 × 100 is
 * 7144.499999999999 in binary; ROUND(71.445, 2) is 71.45). The engine and validation round
 * through it.
 */
export function roundHalfAway(n: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(n) * Math.round(Number((Math.abs(n) * f).toPrecision(15)))) / f;
}
