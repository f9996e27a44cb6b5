import { baseType, type Column } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { wordsOf, type ColumnContext } from './column-context.js';
import { hoursAsDays } from './short-span.js';

const END = /(^|_)(end|ends|ended|ending|finish|finished|stop|close|closes|closing|closed|out)(_|$)/;
const START = /(^|_)(start|starts|started|begin|begins|open|opens|opening|in)(_|$)/;
const OPENING = /(^|_)(open|opens|opening|close|closes|closing)(_|$)/;
const SHIFT_TABLES = new Set(['shift', 'roster', 'attendance', 'punch', 'clock', 'timesheet', 'schedule', 'availability']);

/** Hours of the day a start may fall in and hours its end comes after it, by what the table holds. */
interface Day { readonly from: number; readonly to: number; readonly minHours: number; readonly maxHours: number }
const SHIFT: Day = { from: 6, to: 14, minHours: 4, maxHours: 10 };
const OPENING_HOURS: Day = { from: 6, to: 11, minHours: 6, maxHours: 12 };
const SESSION: Day = { from: 8, to: 18, minHours: 0.5, maxHours: 3 };

const isTime = (c: Column): boolean => baseType(c.type).kind === 'time';
const key = (c: Column): string => wordsOf(c.name).join('_');

function dayOf(ctx: ColumnContext, start: Column, end: Column): Day {
  if (OPENING.test(key(start)) || OPENING.test(key(end))) return OPENING_HOURS;
  return ctx.tableWords.some((w) => SHIFT_TABLES.has(w)) ? SHIFT : SESSION;
}

/** The TIME column of the table whose name says it starts what `end` ends (and the other way round). */
function partner(ctx: ColumnContext, pattern: RegExp): Column | undefined {
  return ctx.table.columns.find((c) => c !== ctx.column && isTime(c) && pattern.test(key(c)));
}


/**
 * A time of day beside its pair: an end (`end_time`, `closes_at`, `clock_out`) follows the start
 * by hours (a class 0.5–3, a shift 4–10, opening hours 6–12), and a start lies early enough for
 * it (`start_time` 08:00–18:00, a shift's 06:00–14:00, an opening 06:00–11:00); a lone time of
 * day 06:00–22:00. Start and end were drawn apart, so half the ends came before their starts.
 *
 * @example
 * ```ts
 * timeOfDaySpec(ctx) // shifts.end_time → { generator: 'after', column: 'start_time', minGap: 0.1667, maxGap: 0.4167, strict: true }
 * ```
 */
export function timeOfDaySpec(ctx: ColumnContext): ColumnSpec {
  const name = key(ctx.column);
  const start = END.test(name) ? partner(ctx, START) : undefined;
  if (start) {
    const day = dayOf(ctx, start, ctx.column);
    return { generator: 'after', column: start.name, minGap: hoursAsDays(day.minHours), maxGap: hoursAsDays(day.maxHours), strict: true };
  }
  const end = START.test(name) ? partner(ctx, END) : undefined;
  if (end) { const day = dayOf(ctx, ctx.column, end); return { generator: 'time', fromHour: day.from, toHour: day.to }; }
  return { generator: 'time', fromHour: 6, toHour: 22 };
}
