import type { Rng } from '@rowforge/core';
// One locale each: the package's index loads all ~70 locales (~300 ms per process).
import { faker as enFaker } from '@faker-js/faker/locale/en';
import { faker as esMxFaker } from '@faker-js/faker/locale/es_MX';

const en = enFaker.rawDefinitions;
const esMx = esMxFaker.rawDefinitions;
const FEMALE = en.person?.first_name?.female ?? [];
const MALE = en.person?.first_name?.male ?? [];
const LAST = en.person?.last_name?.generic ?? [];
const ES_FEMALE = esMx.person?.first_name?.female ?? [];
const ES_MALE = esMx.person?.first_name?.male ?? [];
const ES_LAST = esMx.person?.last_name?.generic ?? [];
const STREETS = en.location?.street_name ?? [];

export interface PersonName {
  readonly first: string;
  readonly last: string;
}

/** A first and last name (faker's en lists; es_MX for most Hispanic people). */
export function personName(rng: Rng, female: boolean, hispanic: boolean): PersonName {
  const spanish = hispanic && rng.chance(0.7);
  const firsts = spanish ? (female ? ES_FEMALE : ES_MALE) : female ? FEMALE : MALE;
  const last = hispanic && rng.chance(0.85) ? ES_LAST : LAST;
  return { first: rng.pick(firsts), last: rng.pick(last) };
}

/** A street address line: house number and a street name. */
export function streetLine(rng: Rng): string {
  return `${rng.int(100, 9899)} ${rng.pick(STREETS)}`;
}

/** Lower-case ASCII letters of a name, for email local parts. */
export function mailPart(name: string): string {
  return name.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase() || 'x';
}
