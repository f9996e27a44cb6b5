import type { Rng } from '../../rng.js';
import { nameLetters } from '../internal/ascii.js';
import { assertInt } from '../internal/invalid-argument.js';
import { weightedOf } from '../internal/weighted-table.js';

/** Reserved-domain weights: example.com most often. */
const DOMAINS = weightedOf([
  ['example.com', 40], ['example.org', 20], ['example.net', 20], ['mail.test', 8], ['inbox.test', 6], ['email.test', 6],
]);
/** Reserved (RFC 2606 / 6761) domains: never a real mailbox. */
export const SAFE_EMAIL_DOMAINS: readonly string[] = DOMAINS.items;

type Pattern = (f: string, l: string) => string;
const EMAIL_PATTERNS = weightedOf<Pattern>([
  [(f, l) => `${f}.${l}`, 36],
  [(f, l) => `${f.charAt(0)}${l}`, 16],
  [(f, l) => `${f}${l}`, 10],
  [(f, l) => `${f}_${l}`, 8],
  [(f, l) => `${f}${l.charAt(0)}`, 8],
  [(f, l) => `${f.charAt(0)}.${l}`, 8],
  [(f, l) => `${l}.${f}`, 6],
  [(f, l) => `${l}${f.charAt(0)}`, 5],
  [(f) => f, 3],
]);
const USERNAME_PATTERNS = weightedOf<Pattern>([
  [(f, l) => `${f.charAt(0)}${l}`, 30],
  [(f, l) => `${f}_${l}`, 15],
  [(f, l) => `${f}${l.charAt(0)}`, 15],
  [(f, l) => `${f}${l}`, 15],
  [(f, l) => `${f}.${l}`, 10],
  [(f, l) => `${l}${f.charAt(0)}`, 10],
  [(f) => f, 5],
]);
const SUFFIX_SEPARATORS: readonly string[] = Object.freeze(['.', '', '_', '']);

/** Options of {@link emailFrom}. */
export interface EmailOptions {
  /** Use this domain instead of a reserved one. */
  readonly domain?: string;
  /**
   * A bijection of the row index (non-negative integer). It is written into the local part,
   * so distinct suffixes can never give the same address.
   */
  readonly uniqueSuffix?: number;
  /** Cut the part before the suffix (never the suffix or the domain) so the address is at most this long. */
  readonly maxLength?: number | undefined;
}

/** Letters of a name, at most `max` of them; `fallback` if none survive. */
function part(name: string, max: number, fallback: string): string {
  const letters = nameLetters(name);
  return letters.length === 0 ? fallback : letters.slice(0, max);
}

/** 1–2 digits, a two-digit year or a four-digit year, as people add to addresses. */
function casualDigits(rng: Rng): string {
  const r = rng.u32() % 10;
  if (r < 5) return String(rng.int(1, 99));
  if (r < 8) return String(rng.int(60, 99));
  return String(rng.int(1965, 2008));
}

/**
 * What follows `base` in the local part: a separator and the suffix's decimal digits (`base`
 * ends in a letter, so the suffix is the trailing digit run and the mapping is injective),
 * else casual digits or nothing.
 */
function suffixAfter(rng: Rng, uniqueSuffix: number | undefined, casualRate: number): string {
  if (uniqueSuffix !== undefined) {
    assertInt('uniqueSuffix', uniqueSuffix, 0, Number.MAX_SAFE_INTEGER);
    return rng.pick(SUFFIX_SEPARATORS) + String(uniqueSuffix);
  }
  return rng.chance(casualRate) ? casualDigits(rng) : '';
}

/** `base + tail`, `base` cut (to its first letter at least, never ending in `.` or `_`) so the whole is at most `max` long. */
function fitted(base: string, tail: string, max: number | undefined): string {
  if (max === undefined || base.length + tail.length <= max) return base + tail;
  const cut = base.slice(0, Math.max(max - tail.length, 0)).replace(/[._]+$/, '');
  return (cut || base.charAt(0)) + tail;
}

const LONGEST_DOMAIN = Math.max(...DOMAINS.items.map((d) => d.length));
const digitsOf = (rows: number): number => String(Math.max(rows - 1, 0)).length;

/** The shortest column that holds, uncut, a unique address for each of `rows` rows: a letter, a separator, the suffix, `@` and the domain. */
export function uniqueEmailLength(rows: number, domain?: string): number {
  return 3 + digitsOf(rows) + (domain?.length ?? LONGEST_DOMAIN);
}

/** The shortest column that holds, uncut, a unique username for each of `rows` rows: a letter, a separator and the suffix. */
export function uniqueUsernameLength(rows: number): number {
  return 2 + digitsOf(rows);
}

/**
 * An email address derived from a person's names: lower-case ASCII local part with accents,
 * apostrophes, hyphens and spaces removed ("José O'Brien" → "jose.obrien@example.com",
 * "jobrien84@example.org", …). The domain is a reserved one unless `options.domain` is set.
 * With `options.uniqueSuffix` the address is unique per suffix (e.g. "jose.obrien.48213@…"), also
 * when `options.maxLength` cuts the names before it ("jose.o.48213@…").
 */
export function emailFrom(rng: Rng, first: string, last: string, options: EmailOptions = {}): string {
  const f = part(first, 20, 'user');
  const l = part(last, 24, 'mail');
  const base = EMAIL_PATTERNS.pick(rng)(f, l);
  const suffix = suffixAfter(rng, options.uniqueSuffix, base === f ? 1 : 0.3);
  return fitted(base, `${suffix}@${options.domain ?? DOMAINS.pick(rng)}`, options.maxLength);
}

/**
 * A login name from a person's names ("jsmith", "maria_lopez7"); lower-case ASCII.
 * With `uniqueSuffix` (a bijection of the row index) it is unique per suffix, also when
 * `maxLength` cuts the names before it.
 */
export function username(rng: Rng, first: string, last: string, uniqueSuffix?: number, maxLength?: number): string {
  const f = part(first, 14, 'user');
  const l = part(last, 16, 'name');
  const base = USERNAME_PATTERNS.pick(rng)(f, l);
  return fitted(base, suffixAfter(rng, uniqueSuffix, base === f ? 1 : 0.4), maxLength);
}
