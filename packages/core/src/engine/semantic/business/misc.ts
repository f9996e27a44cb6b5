import type { Rng } from '../../rng.js';
import { weightedOf, zipfTable } from '../internal/weighted-table.js';
import { BENEFIT_TYPES, LANGUAGES, NATIONALITIES, VEHICLE_TYPES } from './misc-data.js';

const NATIONALITY_TABLE = zipfTable(NATIONALITIES, 2);
const LANGUAGE_TABLE = zipfTable(LANGUAGES, 0.5);
const BENEFIT_TABLE = zipfTable(BENEFIT_TYPES, 8);
const VEHICLE_TABLE = zipfTable(VEHICLE_TYPES, 2);
const HONORIFICS = weightedOf([['Mr.', 40], ['Ms.', 30], ['Mrs.', 15], ['Dr.', 8], ['Miss', 5], ['Mx.', 2]]);

/** A nationality (demonym), those common in US data more often. */
export function nationality(rng: Rng): string {
  return NATIONALITY_TABLE.pick(rng);
}

/** A language name, English and Spanish most often. */
export function language(rng: Rng): string {
  return LANGUAGE_TABLE.pick(rng);
}

/** An employee benefit ("Health Insurance", "401(k) Retirement Plan"). */
export function benefitType(rng: Rng): string {
  return BENEFIT_TABLE.pick(rng);
}

/** A vehicle body type, SUVs, sedans and pickups most often. */
export function vehicleType(rng: Rng): string {
  return VEHICLE_TABLE.pick(rng);
}

/** A courtesy title ("Mr.", "Ms.", "Dr."). */
export function honorific(rng: Rng): string {
  return HONORIFICS.pick(rng);
}
