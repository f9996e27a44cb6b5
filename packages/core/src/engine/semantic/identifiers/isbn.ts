import { assertInt } from '../internal/invalid-argument.js';
import { permuteIndex } from './permute-index.js';

/** Distinct 9-digit ISBN bodies available (publisher + title part). */
export const ISBN_CAPACITY = 1_000_000_000;
const ISBN_KEY = 0x15b4_2013;

/** The 9-digit body shared by `isbn10(index)` and `isbn13(index)`. */
function body(index: number, key: number): string {
  assertInt('ISBN index', index, 0, ISBN_CAPACITY - 1);
  return String(permuteIndex(index, ISBN_CAPACITY, key)).padStart(9, '0');
}

/** ISBN-13 / EAN-13 check digit of 12 digits: weights 1,3,1,3,… mod 10. */
export function isbn13CheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (first12.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/** ISBN-10 check character of 9 digits: weights 10…2 mod 11, 10 written "X". */
export function isbn10CheckDigit(first9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (first9.charCodeAt(i) - 48) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/**
 * A valid 13-digit ISBN ("978" + 9-digit body + check digit), a bijection of `index` for
 * index < 10^9; the body is permuted so consecutive rows look unrelated. It is the ISBN-13
 * form of `isbn10(index)`, so a table with both columns stays consistent.
 */
export function isbn13(index: number, key = ISBN_KEY): string {
  const first12 = `978${body(index, key)}`;
  return first12 + isbn13CheckDigit(first12);
}

/** A valid ISBN-10 (9-digit body + check character, possibly "X"); a bijection of `index` < 10^9. */
export function isbn10(index: number, key = ISBN_KEY): string {
  const first9 = body(index, key);
  return first9 + isbn10CheckDigit(first9);
}
