import type { Rng } from '../../rng.js';
import { weightedOf } from '../internal/weighted-table.js';

interface HoursShape {
  readonly days: string;
  readonly open: readonly [number, number];
  readonly length: readonly [number, number];
  /** A second clause for the remaining days, or '' for none. */
  readonly rest: string;
}

const shape = (days: string, open: readonly [number, number], length: readonly [number, number], rest = ''): HoursShape =>
  Object.freeze({ days, open, length, rest });

const SHAPES = weightedOf<HoursShape>([
  [shape('Mon-Fri', [8, 9], [8, 9]), 30],
  [shape('Daily', [10, 11], [10, 12]), 18],
  [shape('Mon-Sat', [9, 10], [8, 11]), 14],
  [shape('Mon-Fri', [7, 9], [9, 11], 'Sat-Sun'), 12],
  [shape('Mon-Sat', [9, 10], [8, 11], 'Sun'), 10],
  [shape('Tue-Sun', [11, 11], [10, 12]), 8],
  [shape('Daily', [6, 7], [8, 9]), 6],
]);

/** "9:00" style 24-hour time for a whole or half hour. */
function clock(halfHours: number): string {
  return `${Math.floor(halfHours / 2)}:${halfHours % 2 === 0 ? '00' : '30'}`;
}

function span(rng: Rng, open: readonly [number, number], length: readonly [number, number]): string {
  const start = rng.int(open[0], open[1]) * 2 + (rng.chance(0.15) ? 1 : 0);
  const end = Math.min(start + rng.int(length[0], length[1]) * 2, 47);
  return `${clock(start)}-${clock(end)}`;
}

/**
 * Business hours such as "Mon-Fri 9:00-17:00", "Daily 11:00-22:00" or
 * "Mon-Sat 9:00-20:00, Sun 10:00-18:00" (ASCII hyphens, 24-hour clock); 2 % "Open 24 hours".
 */
export function openingHours(rng: Rng): string {
  if (rng.chance(0.02)) return 'Open 24 hours';
  const s = SHAPES.pick(rng);
  const main = `${s.days} ${span(rng, s.open, s.length)}`;
  return s.rest === '' ? main : `${main}, ${s.rest} ${span(rng, [10, 11], [5, 7])}`;
}
