import { createRequire } from 'node:module';

/** The parts of the `zipcodes` package (a dependency of @rowforge/core) the realism checks use. */
interface ZipcodesApi {
  lookup(zip: string | number): { zip: string; city: string; state: string; country: string } | undefined;
  lookupByName(city: string, state: string): { zip: string; city: string; state: string }[];
}

const require = createRequire(import.meta.url);

/** The USPS city/ZIP database shipped in the `zipcodes` package. */
export const zipcodes = require('zipcodes') as ZipcodesApi;

/** True when `city` is a place in `state` (USPS abbreviation) per the zipcodes database (case-insensitive). */
export function cityInState(city: string, state: string): boolean {
  return zipcodes.lookupByName(city.trim(), state).length > 0;
}
