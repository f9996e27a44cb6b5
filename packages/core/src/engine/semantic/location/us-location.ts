import { RowforgeError } from '../../../errors/index.js';
import type { Rng } from '../../rng.js';
import { WeightedTable } from '../internal/weighted-table.js';
import { streetAddress } from './street-address.js';
import { findUsState, US_STATES, type UsState } from './us-state-table.js';
import { zipPlaces, type ZipPlace } from './zip-places.js';

/** One consistent US address: the city, state, ZIP and area code all agree. */
export interface UsLocation {
  readonly street: string;
  readonly city: string;
  /** USPS 2-letter code. */
  readonly state: string;
  readonly stateName: string;
  /** 5 digits, a real ZIP of `city`, its prefix in the state's USPS range. */
  readonly zip: string;
  /** 3 digits, an area code of the state. */
  readonly areaCode: string;
  readonly country: 'United States';
}

const BY_POPULATION = new WeightedTable(US_STATES, US_STATES.map((s) => s.population));

/** A state by code or name; throws a PLAN_INVALID error for an unknown one. */
export function requireUsState(codeOrName: string): UsState {
  const state = findUsState(codeOrName);
  if (!state) throw new RowforgeError('PLAN_INVALID', `Unknown US state "${codeOrName}"`, { hint: 'use a USPS code such as CA or a full state name' });
  return state;
}

/** A state (50 + DC) weighted by population, so CA, TX, FL and NY dominate. */
export function usState(rng: Rng): UsState {
  return BY_POPULATION.pick(rng);
}

/** An area code of `state` (code or name), or of a population-weighted state. */
export function areaCodeFor(rng: Rng, state?: string): string {
  return rng.pick((state === undefined ? usState(rng) : requireUsState(state)).areaCodes);
}

/** A state (population-weighted unless given) and a real (ZIP, city) pair of it: the first two draws of {@link usLocation}. */
export function usPlace(rng: Rng, state?: string): { readonly state: UsState; readonly place: ZipPlace } {
  const st = state === undefined ? usState(rng) : requireUsState(state);
  return { state: st, place: zipPlaces(st).pick(rng) };
}

/**
 * A US address whose parts agree: a real (ZIP, city) pair from the `zipcodes` data, its
 * state, and an area code of that state. The state is population-weighted unless given
 * (USPS code or full name). The first call loads the ZIP table (about 0.25 s).
 * For row-consistent columns, draw one location per row from one shared stream.
 */
export function usLocation(rng: Rng, state?: string): UsLocation {
  const { state: st, place } = usPlace(rng, state);
  return {
    street: streetAddress(rng),
    city: place.city,
    state: st.code,
    stateName: st.name,
    zip: place.zip,
    areaCode: rng.pick(st.areaCodes),
    country: 'United States',
  };
}

/** One line: "1234 Maple Ave, Springfield, IL 62704". */
export function formatUsAddress(location: UsLocation, secondary?: string): string {
  const street = secondary ? `${location.street} ${secondary}` : location.street;
  return `${street}, ${location.city}, ${location.state} ${location.zip}`;
}
