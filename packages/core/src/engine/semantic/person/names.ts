import type { Rng } from '../../rng.js';
import { FAKER_FEMALE_FIRST, FAKER_FEMALE_MIDDLE, FAKER_MALE_FIRST, FAKER_MALE_MIDDLE } from '../internal/faker-en.js';
import { zipfTable } from '../internal/weighted-table.js';
import { COMMON_FEMALE, COMMON_MALE, COMMON_SURNAMES } from './name-data.js';

/** Share of first names drawn from the common (Zipf-weighted) list; the rest come from faker's long tail. */
const COMMON_SHARE = 0.72;
const FEMALE = zipfTable(COMMON_FEMALE, 12);
const MALE = zipfTable(COMMON_MALE, 12);
const SURNAMES = zipfTable(COMMON_SURNAMES, 20);

/** 'female', 'male' or undefined (either) from a free-form sex/gender value ("F", "Male", "woman"). */
export function sexOf(value: string | undefined): 'female' | 'male' | undefined {
  const c = value?.trim().charAt(0).toLowerCase();
  if (c === 'f' || c === 'w') return 'female';
  if (c === 'm') return 'male';
  return undefined;
}

function resolveSex(rng: Rng, sex: string | undefined): 'female' | 'male' {
  return sexOf(sex) ?? (rng.u32() < 0x80000000 ? 'female' : 'male');
}

/**
 * A US first name. `sex` may be any vocabulary value ('F', 'Female', 'male', …); other
 * or missing values give either. Common names dominate, with a realistic rare tail.
 */
export function firstName(rng: Rng, sex?: string): string {
  const female = resolveSex(rng, sex) === 'female';
  if (rng.chance(COMMON_SHARE)) return (female ? FEMALE : MALE).pick(rng);
  return rng.pick(female ? FAKER_FEMALE_FIRST : FAKER_MALE_FIRST);
}

/** A US surname (Zipf-weighted over the most common census surnames). */
export function lastName(rng: Rng): string {
  return SURNAMES.pick(rng);
}

/** A middle name matching `sex` when given. */
export function middleName(rng: Rng, sex?: string): string {
  const female = resolveSex(rng, sex) === 'female';
  if (rng.chance(0.5)) return (female ? FEMALE : MALE).pick(rng);
  return rng.pick(female ? FAKER_FEMALE_MIDDLE : FAKER_MALE_MIDDLE);
}

/** "First Last", e.g. "Jennifer Alvarez"; `sex` as for {@link firstName}. */
export function fullName(rng: Rng, sex?: string): string {
  return `${firstName(rng, sex)} ${lastName(rng)}`;
}
