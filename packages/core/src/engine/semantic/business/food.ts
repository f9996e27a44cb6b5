import type { Rng } from '../../rng.js';
import { pickTwo } from '../internal/pick-distinct.js';
import { zipfTable } from '../internal/weighted-table.js';
import { lastName } from '../person/names.js';
import { STREET_NAMES } from '../location/street-data.js';
import {
  CUISINES, MENU_CLASSICS, MENU_DISHES, MENU_METHODS, MENU_PROTEINS, RESTAURANT_ADJECTIVES,
  RESTAURANT_EVOCATIVE, RESTAURANT_KINDS, RESTAURANT_NOUNS, RESTAURANT_PLACES,
} from './food-data.js';

const CUISINE_TABLE = zipfTable(CUISINES, 5);

/** A restaurant name: "Romero's Trattoria", "The Copper Spoon", "Fig & Ember", "Saffron House". */
export function restaurantName(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 25) return `${lastName(rng)}'s ${rng.pick(RESTAURANT_KINDS)}`;
  if (r < 48) return `The ${rng.pick(RESTAURANT_ADJECTIVES)} ${rng.pick(RESTAURANT_NOUNS)}`;
  if (r < 63) return `${rng.pick(STREET_NAMES)} Street ${rng.pick(RESTAURANT_KINDS)}`;
  if (r < 78) return pickTwo(rng, RESTAURANT_NOUNS).join(' & ');
  return `${rng.pick(RESTAURANT_EVOCATIVE)} ${rng.pick(RESTAURANT_PLACES)}`;
}

/** A cuisine ("Italian", "Thai"), common ones more often. */
export function cuisine(rng: Rng): string {
  return CUISINE_TABLE.pick(rng);
}

/** A menu item: a classic ("Pad Thai", "Clam Chowder") or a composed dish ("Blackened Salmon Tacos"). */
export function menuItem(rng: Rng): string {
  if (rng.chance(0.55)) return rng.pick(MENU_CLASSICS);
  return `${rng.pick(MENU_METHODS)} ${rng.pick(MENU_PROTEINS)} ${rng.pick(MENU_DISHES)}`;
}
