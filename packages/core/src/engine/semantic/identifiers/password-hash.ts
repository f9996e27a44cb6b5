import type { Rng } from '../../rng.js';
import { assertInt } from '../internal/invalid-argument.js';

const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
/** Length of a bcrypt hash ("$2b$10$" + 22 salt + 31 hash characters). */
export const BCRYPT_LENGTH = 60;

function draw(rng: Rng, n: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet.charAt(rng.int(0, alphabet.length - 1));
  return out;
}

/** Hex digits a column of `maxLength` holds: SHA-1 (40) or MD5 (32) where they fit, else the whole column. */
function hexLength(maxLength: number): number {
  if (maxLength >= 40) return 40;
  return maxLength >= 32 ? 32 : maxLength;
}

/**
 * A stored-password look-alike that fits `maxLength`: a bcrypt string ("$2b$10$…", 60
 * characters) where it fits, else a lower-case hex digest (40, 32 or `maxLength` digits).
 * Random characters, not the hash of anything.
 */
export function passwordHash(rng: Rng, maxLength: number): string {
  assertInt('maxLength', maxLength, 1, Number.MAX_SAFE_INTEGER);
  if (maxLength >= BCRYPT_LENGTH) return `$2b$10$${draw(rng, BCRYPT_LENGTH - 7, BCRYPT)}`;
  return draw(rng, hexLength(maxLength), HEX);
}
