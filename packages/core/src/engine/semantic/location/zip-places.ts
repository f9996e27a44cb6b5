import { invalidArgument } from '../internal/invalid-argument.js';
import { WeightedTable } from '../internal/weighted-table.js';
import type { UsState } from './us-state-table.js';
import { ZIP_PLACES_DATA } from './zip-places-data.js';

/** A real (ZIP, city) pair of one state. */
export interface ZipPlace {
  readonly zip: string;
  readonly city: string;
}

const tables = new Map<string, WeightedTable<ZipPlace>>();

/** `"35004 Moody|35005 Adamsville|…"` as places (the data module's format). */
function parsePlaces(text: string): ZipPlace[] {
  return text.split('|').map((entry) => Object.freeze({ zip: entry.slice(0, 5), city: entry.slice(6) }));
}

/**
 * Each ZIP weighs sqrt(number of ZIPs its city has), so a city with n ZIPs draws ∝ n^1.5:
 * big cities get a realistic share instead of being swamped by rural one-ZIP towns.
 */
function weighted(places: readonly ZipPlace[]): WeightedTable<ZipPlace> {
  const perCity = new Map<string, number>();
  for (const p of places) perCity.set(p.city, (perCity.get(p.city) ?? 0) + 1);
  return new WeightedTable(places, places.map((p) => Math.sqrt(perCity.get(p.city) ?? 1)));
}

/**
 * The weighted (ZIP, city) table of a state, built on its first use from the table that
 * scripts/build-zip-places.ts renders from the `zipcodes` package (real ZIPs, plain city
 * names, prefixes in the state's USPS range).
 */
export function zipPlaces(state: UsState): WeightedTable<ZipPlace> {
  const cached = tables.get(state.code);
  if (cached) return cached;
  const text = ZIP_PLACES_DATA[state.code];
  if (!text) throw invalidArgument(`no ZIP data for ${state.code}`);
  const table = weighted(parsePlaces(text));
  tables.set(state.code, table);
  return table;
}
