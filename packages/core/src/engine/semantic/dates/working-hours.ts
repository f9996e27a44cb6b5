import type { Rng } from '../../rng.js';
import { MS_PER_DAY } from '../../../util/index.js';
import { invalidArgument } from '../internal/invalid-argument.js';

const MS_PER_HOUR = 3_600_000;
/** Day 4 (1970-01-05) was a Monday. */
const MONDAY = 4;

/**
 * Where in the day an instant falls: one of `hours`, on a multiple of `minuteStep` minutes
 * (absent: any second of the hour), on a weekday with probability `weekdayRate` (absent: any day).
 */
export interface DaySlots {
  readonly hours?: readonly number[];
  readonly minuteStep?: number;
  readonly weekdayRate?: number;
}

const ALL_HOURS: readonly number[] = Array.from({ length: 24 }, (_, h) => h);
const hoursOf = (slots: DaySlots): readonly number[] => slots.hours ?? ALL_HOURS;
/** Milliseconds between two instants the slots allow within an hour: a minute step or a second. */
const stepMs = (slots: DaySlots): number => (slots.minuteStep ?? 1 / 60) * 60_000;
/** Instants an hour holds: 4 for 15-minute steps, 3600 for seconds. */
const perHour = (slots: DaySlots): number => Math.ceil(MS_PER_HOUR / stepMs(slots));

/** Days of one kind (weekdays or weekend days) before day `d`, counted from the Monday of day 4. */
function kindBefore(d: number, weekday: boolean): number {
  const weeks = Math.floor((d - MONDAY) / 7);
  const rest = d - MONDAY - weeks * 7;
  return weekday ? 5 * weeks + Math.min(rest, 5) : 2 * weeks + Math.max(0, rest - 5);
}

/** The `k`-th day of one kind counted from the Monday of day 4. */
function kindAt(k: number, weekday: boolean): number {
  const per = weekday ? 5 : 2;
  return MONDAY + 7 * Math.floor(k / per) + (weekday ? 0 : 5) + (k % per);
}

/** A uniform day of `[fromDay, toDay]` on a weekday with probability `rate` (the other kind when the window has none). */
function drawDay(rng: Rng, fromDay: number, toDay: number, rate: number | undefined): number {
  if (rate === undefined) return rng.int(fromDay, toDay);
  const wanted = rng.float() < rate;
  for (const weekday of [wanted, !wanted]) {
    const lo = kindBefore(fromDay, weekday);
    const n = kindBefore(toDay + 1, weekday) - lo;
    if (n > 0) return kindAt(lo + rng.int(0, n - 1), weekday);
  }
  return fromDay;
}

function checked(slots: DaySlots, fromDay: number, toDay: number): void {
  const badHour = hoursOf(slots).some((h) => !Number.isInteger(h) || h < 0 || h > 23);
  if (badHour || fromDay > toDay || hoursOf(slots).length === 0) throw invalidArgument(`bad day slots ${JSON.stringify(slots)} over days [${fromDay}, ${toDay}]`);
}

/**
 * An instant (ms since the epoch) in days `[fromDay, toDay]` within the slots: an appointment
 * on a weekday at 08:00–17:45 in quarter hours, a shift at 06:00, 14:00 or 22:00.
 */
export function slotInstant(rng: Rng, fromDay: number, toDay: number, slots: DaySlots): number {
  checked(slots, fromDay, toDay);
  const day = drawDay(rng, fromDay, toDay, slots.weekdayRate);
  const hours = hoursOf(slots);
  const hour = hours[rng.int(0, hours.length - 1)] as number;
  return day * MS_PER_DAY + hour * MS_PER_HOUR + rng.int(0, perHour(slots) - 1) * stepMs(slots);
}

/** How many distinct instants the slots allow over `days` days (weekdays and weekends alike). */
export function slotCount(days: number, slots: DaySlots): number {
  return days * hoursOf(slots).length * perHour(slots);
}

/** The `index`-th instant the slots allow from `fromDay` on, in time order (`index` < {@link slotCount}). */
export function slotAt(index: number, fromDay: number, slots: DaySlots): number {
  const hours = hoursOf(slots);
  const inHour = perHour(slots);
  const perDay = hours.length * inHour;
  const day = fromDay + Math.floor(index / perDay);
  const hour = hours[Math.floor((index % perDay) / inHour)] as number;
  return day * MS_PER_DAY + hour * MS_PER_HOUR + (index % inHour) * stepMs(slots);
}

/**
 * A time of day in seconds since midnight on a multiple of `minuteStep` minutes, uniform over
 * those in `[fromHour, toHour)` (09:00, 09:15, … for 15).
 */
export function timeOfDayOnStep(rng: Rng, fromHour: number, toHour: number, minuteStep: number): number {
  const first = Math.ceil((fromHour * 60) / minuteStep) * minuteStep;
  const count = Math.ceil((toHour * 60 - first) / minuteStep);
  if (!(fromHour >= 0 && toHour <= 24 && count > 0)) throw invalidArgument(`no ${minuteStep}-minute time in [${fromHour}, ${toHour})`);
  return (first + rng.int(0, count - 1) * minuteStep) * 60;
}
