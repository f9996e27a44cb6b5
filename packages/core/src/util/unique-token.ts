/** Symbols of the tokens that make generated text unique: digits and capitals without the look-alikes I and O (36 − 2 = 34). */
export const TOKEN_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Symbols a token needs so that `rows` rows each get their own. */
export function tokenWidth(rows: number): number {
  let w = 1;
  while (TOKEN_ALPHABET.length ** w < rows) w++;
  return w;
}
