import { assertInt } from '../internal/invalid-argument.js';
import { assertCapacity, encodeFixed } from './unique-token.js';
import { permuteIndex } from './permute-index.js';

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '0123456789';
const SKU_KEY = 0x0d15_ea5e;
/** 24^3 letter prefixes × 10^6 numbers. */
export const SKU_CAPACITY = 24 ** 3 * 1_000_000;

/**
 * A stock-keeping unit "KTR-482913" (3 letters, hyphen, 6 digits; 10 characters),
 * distinct for distinct indexes below {@link SKU_CAPACITY} (about 1.4·10^10).
 */
export function sku(index: number, key = SKU_KEY): string {
  assertInt('index', index, 0, Number.MAX_SAFE_INTEGER);
  assertCapacity(index, SKU_CAPACITY, 'A SKU');
  const v = permuteIndex(index, SKU_CAPACITY, key);
  return `${encodeFixed(Math.floor(v / 1_000_000), 3, LETTERS)}-${encodeFixed(v % 1_000_000, 6, DIGITS)}`;
}
