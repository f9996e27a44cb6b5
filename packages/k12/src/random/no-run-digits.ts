const HEX = '0123456789abcdef';

/** The character after `prev` that would extend an ascending digit run, or -1. */
function forbiddenAfter(prev: number): number {
  return prev >= 0 && prev <= 8 ? prev + 1 : -1;
}

function encode(v: number, length: number, prev: number, base: number, alphabet: string): string {
  const choices: number[] = [];
  for (let i = 0; i < length; i++) { choices.push(v % base); v = Math.floor(v / base); }
  let out = '';
  for (let i = length - 1; i >= 0; i--) {
    const e = choices[i] as number;
    const skip = forbiddenAfter(prev);
    const digit = skip >= 0 && e >= skip ? e + 1 : e;
    out += alphabet.charAt(digit);
    prev = digit <= 9 ? digit : -1;
  }
  return out;
}

/**
 * Writes `v` (< 9^length) as `length` decimal digits in which no digit is followed by the next
 * one up (no "12", so never "12345"): a bijection, so distinct values give distinct strings.
 * `prev` is the digit written just before (e.g. the last digit of a prefix), or -1.
 */
export function noRunDecimal(v: number, length: number, prev = -1): string {
  return encode(v, length, prev, 9, HEX);
}

/** Like {@link noRunDecimal} for lowercase hex: `v` < 15^length, no ascending digit pairs. */
export function noRunHex(v: number, length: number): string {
  return encode(v, length, -1, 15, HEX);
}

/** Values `length` no-run decimal digits can hold. */
export const decimalCapacity = (length: number): number => 9 ** length;
