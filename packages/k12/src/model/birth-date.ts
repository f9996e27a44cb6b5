import type { Rng } from '@rowforge/core';
import type { StateInfo } from '../geo/us-states.js';
import { dayOf } from './dates.js';

/** Share of students retained a year (Ed-Fi SDG HeldBackChance, k12.md §3). */
export const HELD_BACK = 0.02;
/** Share of students a year ahead (early entry by local waiver). */
export const ACCELERATED = 0.005;

const cutoffs = new Map<string, number>();

function cutoffDay(state: StateInfo, year: number): number {
  const key = `${state.code}${year}`;
  let day = cutoffs.get(key);
  if (day === undefined) { day = dayOf(year, state.cutoff[0], state.cutoff[1]); cutoffs.set(key, day); }
  return day;
}

/**
 * The birth window of on-time students of grade `g` (K = 0) in the school year starting in
 * `fallYear`: they turned 5 + g on or before the state's cutoff that fall, and were not yet 6 + g.
 */
export function birthWindow(state: StateInfo, fallYear: number, g: number): readonly [first: number, last: number] {
  return [cutoffDay(state, fallYear - 6 - g) + 1, cutoffDay(state, fallYear - 5 - g)];
}

/** A date of birth for grade `g`: on time, held back a year (~2 %) or a year ahead (~0.5 %). */
export function birthDate(rng: Rng, state: StateInfo, fallYear: number, g: number): number {
  const u = rng.float();
  const shift = u < HELD_BACK ? 1 : u < HELD_BACK + ACCELERATED ? -1 : 0;
  const [first, last] = birthWindow(state, fallYear - shift, g);
  return rng.int(first, last);
}
