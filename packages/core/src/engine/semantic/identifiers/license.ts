import type { Rng } from '../../rng.js';
import { mix32 } from '../../../util/hash.js';
import { assertInt } from '../internal/invalid-argument.js';
import { assertCapacity, encodeFixed } from './unique-token.js';
import { permuteIndex } from './permute-index.js';

/** Plate letters: no I, O or Q (as most US states). */
const PLATE_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const LICENSE_KEY = 0x2c1b_3c6d;
/** At most 14 permuted digits after the letter (26·10^14 < 2^52). */
const MAX_PERMUTED_DIGITS = 14;

function chars(rng: Rng, alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet.charAt(rng.int(0, alphabet.length - 1));
  return out;
}

/** A US-style plate: "ABC-1234", "7KTR482" (California style), "ABC 123" or "482-KTR". */
export function licensePlate(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 40) return `${chars(rng, PLATE_LETTERS, 3)}-${chars(rng, DIGITS, 4)}`;
  if (r < 65) return `${rng.int(1, 9)}${chars(rng, PLATE_LETTERS, 3)}${chars(rng, DIGITS, 3)}`;
  if (r < 85) return `${chars(rng, PLATE_LETTERS, 3)} ${chars(rng, DIGITS, 3)}`;
  return `${chars(rng, DIGITS, 3)}-${chars(rng, PLATE_LETTERS, 3)}`;
}

/**
 * A licence number of exactly `length` characters: a letter then digits ("D4829163"),
 * distinct for distinct indexes (letter and digits come from a permutation of the index).
 * Capacity 26·10^(length−1); throws UNIQUE_CAPACITY beyond it.
 */
export function licenseNumber(index: number, length: number, key = LICENSE_KEY): string {
  assertInt('length', length, 1, 64);
  assertInt('index', index, 0, Number.MAX_SAFE_INTEGER);
  const digits = Math.min(length - 1, MAX_PERMUTED_DIGITS);
  const capacity = 26 * 10 ** digits;
  assertCapacity(index, capacity, `A ${length}-character licence number`);
  const v = permuteIndex(index, capacity, key);
  const letter = LETTERS.charAt(Math.floor(v / 10 ** digits));
  return letter + padDigits(index, length - 1 - digits) + encodeFixed(v % 10 ** digits, digits, DIGITS);
}

/** Extra leading digits for very long numbers: a hash of the index (uniqueness comes from the rest). */
function padDigits(index: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) out += String(mix32((index + i * 0x9e3779b9) >>> 0) % 10);
  return out;
}
