import type { Rng } from '../../rng.js';
import { slugify } from '../internal/ascii.js';
import { companyName } from '../business/company.js';
import { permuteIndex } from './permute-index.js';

/** Legal-form words dropped from a domain ("Acme Widgets LLC" → "acme-widgets"). */
const LEGAL_WORDS = /(?:^|-)(?:inc|llc|ltd|co|corp|corporation|group|holdings|plc|and-sons|company)$/;
const DOC_NETS: readonly string[] = Object.freeze(['192.0.2', '198.51.100', '203.0.113']);

/** The slug of a name without trailing legal-form words; '' if nothing is left. */
function nameSlug(name: string): string {
  let slug = slugify(name, 60);
  for (let i = 0; i < 3 && LEGAL_WORDS.test(slug); i++) slug = slug.replace(LEGAL_WORDS, '');
  return slug.slice(0, 40).replace(/-+$/, '');
}

/**
 * A reserved-domain host for a name: "Harper Logistics LLC" → "harper-logistics.example.com".
 * Always under example.com (RFC 2606), so it never points at a real site.
 */
export function domainFrom(name: string): string {
  const slug = nameSlug(name);
  return `${slug === '' ? 'www' : slug}.example.com`;
}

/** "https://www.<slug>.example.com" from `fromName` (e.g. the row's company name) or a made-up company. */
export function url(rng: Rng, fromName?: string): string {
  const slug = nameSlug(fromName ?? '') || nameSlug(companyName(rng));
  return `https://www.${slug}.example.com`;
}

/** An IPv4 address from the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24. */
export function ipv4(rng: Rng): string {
  return `${rng.pick(DOC_NETS)}.${rng.int(1, 254)}`;
}

/** Addresses in 10.0.0.0/8 (2^24) that {@link uniqueIpv4} keeps distinct. */
export const UNIQUE_IPV4_CAPACITY = 2 ** 24;

/** A private 10.x.y.z address, distinct for distinct indexes below {@link UNIQUE_IPV4_CAPACITY} (keyed permutation). */
export function uniqueIpv4(index: number, key = 0x1b4c_0a7e): string {
  const v = permuteIndex(index % UNIQUE_IPV4_CAPACITY, UNIQUE_IPV4_CAPACITY, key);
  return `10.${v >>> 16}.${(v >>> 8) & 0xff}.${v & 0xff}`;
}
