import type { ColumnSpec } from '../../plan/index.js';
import { daysFromIso, wholeSteps } from '../../util/index.js';
import type { Rng } from '../rng.js';
import { permuteIndex, slotAt, slotCount, slotInstant, timeOfDay, timeOfDayOnStep } from '../semantic/index.js';
import { cell, type BuiltCell, type CellEnv } from './cell-env.js';

type Spec<G extends ColumnSpec['generator']> = Extract<ColumnSpec, { generator: G }>;

/** True when a timestamp plan says where in the day its values fall (`hours`, `minuteStep`, `weekdayRate`). */
export const hasDaySlots = (s: Spec<'timestamp'>): boolean => s.hours !== undefined || s.minuteStep !== undefined || s.weekdayRate !== undefined;

/**
 * A timestamp within its day slots (an appointment on a weekday, 08:00–17:45 in quarter hours),
 * in milliseconds or, with `per`, epoch units; a unique one from a bijection of the row over
 * every slot of the window.
 */
export function slotTimestampCell(env: CellEnv, s: Spec<'timestamp'>, per = 1): BuiltCell {
  const from = daysFromIso(s.from);
  const to = daysFromIso(s.to);
  const native = s.unit ? 'int' : 'timestamp';
  if (s.unique) return cell((ctx) => slotAt(permuteIndex(ctx.row, slotCount(to - from + 1, s), env.key), from, s) / per, native);
  return cell((ctx) => slotInstant(ctx.rngFor(env.key), from, to, s) / per, native);
}

/** A time of day: on whole `minuteStep` minutes when the plan gives one, else to the second. */
export function timeValue(rng: Rng, s: Spec<'time'>): number {
  return s.minuteStep === undefined ? timeOfDay(rng, s.fromHour, s.toHour) : timeOfDayOnStep(rng, s.fromHour, s.toHour, s.minuteStep);
}

/** How an `after` draws its gap, in the column's native units: the least gap, the step values are on, one draw. */
export interface Gaps {
  readonly lowest: number;
  readonly sub: number;
  draw(rng: Rng): number;
}

/**
 * Gaps of whole steps (`step` in the gap's unit, `perGap` native units each, rounded to `grain`: a second of the column's unit):
 * from the least multiple at or above `minGap` (at least one when `strict`) to the greatest at
 * or below `maxGap`, uniform over those; an appointment's end 15–240 minutes on in quarter hours.
 */
export function steppedGaps(s: Spec<'after'>, step: number, perGap: number, grain: number): Gaps {
  const unit = Math.max(grain, Math.round((step * perGap) / grain) * grain);
  const steps = wholeSteps((s.minGap * perGap) / unit, (s.maxGap * perGap) / unit, s.strict);
  const first = steps.first;
  const last = Math.max(first, steps.last);
  return { lowest: first * unit, sub: unit, draw: (rng) => (first + rng.int(0, last - first)) * unit };
}
