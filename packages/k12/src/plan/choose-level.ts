import { LEVELS, type SchoolLevel } from './school-levels.js';

/** Students the level would add to each grade (K..12) for a school of `size`. */
function massOf(level: SchoolLevel, size: number): number[] {
  const { low, high } = LEVELS[level];
  const per = size / (high - low + 1);
  return Array.from({ length: 13 }, (_, g) => (g >= low && g <= high ? per : 0));
}

function spread(mass: readonly number[]): number {
  const mean = mass.reduce((a, b) => a + b, 0) / mass.length;
  return mass.reduce((a, m) => a + (m - mean) ** 2, 0);
}

/**
 * Picks the level among `candidates` that keeps the district's students most evenly spread over
 * K–12 (US enrollment is nearly flat by grade), which yields about 6 elementary : 3 middle : 4
 * high schools, near the NCES school mix. Updates `mass` in place.
 */
export function chooseLevel(mass: number[], candidates: readonly SchoolLevel[], sizeOf: (l: SchoolLevel) => number): SchoolLevel {
  let best = candidates[0] as SchoolLevel;
  let bestSpread = Infinity;
  for (const level of candidates) {
    const add = massOf(level, sizeOf(level));
    const s = spread(mass.map((m, g) => m + (add[g] as number)));
    if (s < bestSpread - 1e-9) { best = level; bestSpread = s; }
  }
  massOf(best, sizeOf(best)).forEach((a, g) => { mass[g] = (mass[g] as number) + a; });
  return best;
}
