/** Share of a step a gap bound may miss it by and still count (plans write gaps to four places: 0.0417 days is 1 hour). */
const SLACK = 0.01;

/**
 * The whole steps a gap may take, given its bounds in steps (`minGap / step`, `maxGap / step`):
 * from the least at or above the lower bound (at least one when `strict`) to the greatest at or
 * below the upper one, each bound read to a hundredth of a step. `first > last` when no whole
 * step fits. The engine draws an `after`'s stepped gaps, and the plan check refuses a step no
 * gap fits, through it.
 *
 * @example
 * ```ts
 * wholeSteps(1, 16, false)    // { first: 1, last: 16 } (15 minutes to 4 hours in quarter hours)
 * wholeSteps(0, 0.48, true)   // { first: 1, last: 0 }  (no step fits)
 * ```
 */
export function wholeSteps(minSteps: number, maxSteps: number, strict: boolean): { first: number; last: number } {
  return { first: Math.max(strict ? 1 : 0, Math.ceil(minSteps - SLACK)), last: Math.floor(maxSteps + SLACK) };
}
