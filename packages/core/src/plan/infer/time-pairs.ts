import { baseType, type Column } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { wordsOf, type ColumnContext } from './column-context.js';
import { minutesAsDays } from './day-slots.js';
import { hoursAsDays } from './short-span.js';

const END = /(^|_)(end|ends|ended|ending|finish|finished|stop|close|closes|closing|closed|out)(_|$)/;
const START = /(^|_)(start|starts|started|begin|begins|open|opens|opening|in)(_|$)/;
const OPENING = /(^|_)(open|opens|opening|close|closes|closing)(_|$)/;
const SHIFT_TABLES = new Set(['shift', 'roster', 'attendance', 'punch', 'clock', 'timesheet', 'schedule', 'availability']);
/** Times a clock records rather than a timetable sets: they keep their seconds. */
const LOGGED_TABLES = new Set(['attendance', 'punch', 'clock', 'timesheet']);
const LOGGED = /(^|_)(clock|punch|punched|actual|logged|recorded|checked)(_|$)/;

/** Hours of the day a start may fall in, hours its end comes after it, and the minutes both fall on, by what the table holds. */
interface Day { readonly from: number; readonly to: number; readonly minHours: number; readonly maxHours: number; readonly minuteStep: number }
const SHIFT: Day = { from: 6, to: 14, minHours: 4, maxHours: 10, minuteStep: 30 };
const OPENING_HOURS: Day = { from: 6, to: 11, minHours: 6, maxHours: 12, minuteStep: 30 };
const SESSION: Day = { from: 8, to: 18, minHours: 0.5, maxHours: 3, minuteStep: 15 };
/** A lone time of day (an alarm, a daily cutoff) on five minutes; a shift's (`shift_start`) on half hours. */
const loneStep = (name: string): number => (/(^|_)shift(_|$)/.test(name) ? 30 : 5);

const isTime = (c: Column): boolean => baseType(c.type).kind === 'time';
const key = (c: Column): string => wordsOf(c.name).join('_');

function dayOf(ctx: ColumnContext, start: Column, end: Column): Day {
  if (OPENING.test(key(start)) || OPENING.test(key(end))) return OPENING_HOURS;
  return ctx.tableWords.some((w) => SHIFT_TABLES.has(w)) ? SHIFT : SESSION;
}

/** The minutes a time falls on: none (to the second) for a clock's record (`clock_in`, an attendance table's times). */
function stepOf(ctx: ColumnContext, columns: readonly Column[], minuteStep: number): number | undefined {
  const logged = ctx.tableWords.some((w) => LOGGED_TABLES.has(w)) || columns.some((c) => LOGGED.test(key(c)));
  return logged ? undefined : minuteStep;
}

const stepped = (minuteStep: number | undefined): { minuteStep?: number } => (minuteStep === undefined ? {} : { minuteStep });
const gapStep = (minuteStep: number | undefined): { step?: number } => (minuteStep === undefined ? {} : { step: minutesAsDays(minuteStep) });

/** The TIME column of the table whose name says it starts what `end` ends (and the other way round). */
function partner(ctx: ColumnContext, pattern: RegExp): Column | undefined {
  return ctx.table.columns.find((c) => c !== ctx.column && isTime(c) && pattern.test(key(c)));
}


/**
 * A time of day beside its pair: an end (`end_time`, `closes_at`, `clock_out`) follows the start
 * by hours (a class 0.5–3, a shift 4–10, opening hours 6–12), and a start lies early enough for
 * it (`start_time` 08:00–18:00, a shift's 06:00–14:00, an opening 06:00–11:00); a lone time of
 * day 06:00–22:00. Start and end were drawn apart, so half the ends came before their starts.
 * Both fall on round minutes (a class's quarter hours, a shift's and an opening's half hours, a
 * lone time's five minutes, a lone shift time's half hours), but a clock's record (`clock_in`, an attendance table) keeps seconds.
 *
 * @example
 * ```ts
 * timeOfDaySpec(ctx) // shifts.end_time → { generator: 'after', column: 'start_time', minGap: 0.1667, maxGap: 0.4167, strict: true, step: 0.020833 }
 * ```
 */
export function timeOfDaySpec(ctx: ColumnContext): ColumnSpec {
  const name = key(ctx.column);
  const start = END.test(name) ? partner(ctx, START) : undefined;
  if (start) {
    const day = dayOf(ctx, start, ctx.column);
    const step = gapStep(stepOf(ctx, [start], day.minuteStep));
    return { generator: 'after', column: start.name, minGap: hoursAsDays(day.minHours), maxGap: hoursAsDays(day.maxHours), strict: true, ...step };
  }
  const end = START.test(name) ? partner(ctx, END) : undefined;
  if (end) { const day = dayOf(ctx, ctx.column, end); return { generator: 'time', fromHour: day.from, toHour: day.to, ...stepped(stepOf(ctx, [ctx.column], day.minuteStep)) }; }
  return { generator: 'time', fromHour: 6, toHour: 22, ...stepped(stepOf(ctx, [ctx.column], loneStep(name))) };
}
