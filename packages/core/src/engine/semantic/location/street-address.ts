import type { Rng } from '../../rng.js';
import { lastName } from '../person/names.js';
import { DIRECTIONS, NUMBERED_STREETS, STREET_NAMES, STREET_SUFFIXES } from './street-data.js';

/** House numbers: mostly 3–4 digits, some 1–2 and 5. */
function houseNumber(rng: Rng): number {
  const r = rng.u32() % 100;
  if (r < 4) return rng.int(1, 9);
  if (r < 16) return rng.int(10, 99);
  if (r < 52) return rng.int(100, 999);
  if (r < 95) return rng.int(1000, 9999);
  return rng.int(10000, 29999);
}

function streetName(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 62) return rng.pick(STREET_NAMES);
  if (r < 80) return rng.pick(NUMBERED_STREETS);
  return lastName(rng);
}

/** A US street line such as "1234 Maple Ave" or "88 N 3rd St". */
export function streetAddress(rng: Rng): string {
  const n = houseNumber(rng);
  const dir = rng.u32() % 100 < 8 ? `${rng.pick(DIRECTIONS)} ` : '';
  return `${n} ${dir}${streetName(rng)} ${STREET_SUFFIXES.pick(rng)}`;
}

/**
 * Moves `rng` past the draws {@link streetAddress} would make, without building the line (a
 * phone that reads the stream after an unread street, generator version 1). Every part takes
 * one draw per pick (the house number two); only the direction's odds draw changes the count.
 */
export function skipStreetAddress(rng: Rng): void {
  rng.skip(2);
  const withDirection = rng.u32() % 100 < 8;
  rng.skip(withDirection ? 4 : 3);
}

/** An address line 2: "Apt 4B", "Suite 210", "Unit 12" or "#305". */
export function secondaryAddress(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 45) return `Apt ${rng.int(1, 40)}${rng.chance(0.3) ? String.fromCharCode(65 + rng.int(0, 5)) : ''}`;
  if (r < 70) return `Suite ${rng.int(1, 9) * 100 + rng.int(0, 50)}`;
  if (r < 88) return `Unit ${rng.int(1, 250)}`;
  return `#${rng.int(101, 999)}`;
}
