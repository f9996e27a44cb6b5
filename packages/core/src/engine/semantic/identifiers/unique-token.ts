import { RowforgeError } from '../../../errors/index.js';
import { mix32 } from '../../../util/hash.js';
import { TOKEN_ALPHABET } from '../../../util/unique-token.js';
import { assertInt, invalidArgument } from '../internal/invalid-argument.js';
import { MAX_PERMUTATION_SIZE, permuteIndex } from './permute-index.js';

export { TOKEN_ALPHABET } from '../../../util/unique-token.js';

/** How many distinct tokens of `length` symbols an alphabet of `size` gives (may be Infinity-large). */
export function tokenCapacity(length: number, size: number): number {
  return size ** length;
}

/** Symbols whose combinations are permuted: the most that keep the domain ≤ 2^52. */
function permutedSymbols(length: number, size: number): number {
  let m = 0;
  while (m < length && size ** (m + 1) <= MAX_PERMUTATION_SIZE) m++;
  return m;
}

/** Throws UNIQUE_CAPACITY when `index` cannot get its own token. */
export function assertCapacity(index: number, capacity: number, what: string): void {
  if (index >= capacity) {
    throw new RowforgeError('UNIQUE_CAPACITY', `${what} has room for ${capacity} distinct values; row ${index} needs more`, {
      hint: 'widen the column or generate fewer rows',
    });
  }
}

/** Writes `value` as `width` symbols of `alphabet`, most significant first. */
export function encodeFixed(value: number, width: number, alphabet: string): string {
  const size = alphabet.length;
  let out = '';
  let v = value;
  for (let i = 0; i < width; i++) {
    out = alphabet.charAt(v % size) + out;
    v = Math.floor(v / size);
  }
  return out;
}

/**
 * A fixed-length token that is a bijection of `index` (distinct indexes → distinct tokens),
 * scattered by {@link permuteIndex} so consecutive rows look unrelated. `key` varies the
 * scattering per column. Throws UNIQUE_CAPACITY when alphabet^length ≤ index.
 */
export function uniqueToken(index: number, length: number, alphabet: string = TOKEN_ALPHABET, key = 0): string {
  assertInt('length', length, 1, 256);
  if (alphabet.length < 2) throw invalidArgument('uniqueToken needs an alphabet of at least 2 symbols');
  assertInt('index', index, 0, Number.MAX_SAFE_INTEGER);
  assertCapacity(index, tokenCapacity(length, alphabet.length), `A ${length}-symbol token`);
  const m = permutedSymbols(length, alphabet.length);
  const tail = encodeFixed(permuteIndex(index, alphabet.length ** m, key), m, alphabet);
  return length === m ? tail : filler(index, length - m, alphabet, key) + tail;
}

/** Leading symbols beyond the permuted part: a hash of the index, so they vary too. */
function filler(index: number, width: number, alphabet: string, key: number): string {
  let out = '';
  let h = mix32((index ^ key ^ 0x5bd1e995) >>> 0);
  for (let i = 0; i < width; i++) {
    out += alphabet.charAt(h % alphabet.length);
    h = mix32((h + i + 1) >>> 0);
  }
  return out;
}
