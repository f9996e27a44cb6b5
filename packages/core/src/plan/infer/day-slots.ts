import type { ColumnSpec } from '../column-spec.js';
import type { ColumnContext } from './column-context.js';

type TimestampSpec = Extract<ColumnSpec, { generator: 'timestamp' }>;
/** Where in the day a booked start falls (the `timestamp` fields of the same names). */
export interface DaySlots { readonly hours: readonly number[]; readonly minuteStep: number; readonly weekdayRate?: number }

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

/** Office hours: starts 08:00–17:45 in quarter hours, nine in ten on weekdays. */
const OFFICE: DaySlots = { hours: range(8, 18), minuteStep: 15, weekdayRate: 0.9 };
/** Bookings and reservations (a table, a court, a room): 08:00–21:45 in quarter hours, any day. */
const BOOKING: DaySlots = { hours: range(8, 22), minuteStep: 15 };
/** Shifts start on the hour at the usual changeovers: early, day, late and night shifts, any day. */
const SHIFT: DaySlots = { hours: [6, 7, 8, 14, 15, 22], minuteStep: 60 };

/** Words of tables whose rows people book or attend; not a bare `session` (web and game sessions) or `slot` (inventory), which `therapy_sessions` or `appointment_slots` name by their other word. */
const OFFICE_WORDS = /^(appointment|meeting|consultation|interview|class|clas|classe|lesson|lecture|exam|webinar|tutorial|checkup|therapy|training|tutoring|coaching|counseling|counselling)$/;
const BOOKING_WORDS = /^(booking|reservation)$/;
const SHIFT_WORDS = /^(shift|roster)$/;

/** What a start's name may be once its subject is taken off: `starts_at`, `start_time`, `scheduled_for`, `datetime` (not `started_at`: a machine's record). */
const START_NAME = /^(start|starts|begin|begins|scheduled)(_(at|on|for|time|datetime|date|ts))?$|^scheduled_start(_(at|time))?$|^(datetime|date|time|at|when)$/;

function profileOf(word: string): DaySlots | undefined {
  if (OFFICE_WORDS.test(word)) return OFFICE;
  if (BOOKING_WORDS.test(word)) return BOOKING;
  return SHIFT_WORDS.test(word) ? SHIFT : undefined;
}

/** A first word of a column's name that says what starts (`appointment_time`, `shift_start`); not a booking (`booking_date` is when it was booked). */
function subjectProfile(word: string): DaySlots | undefined {
  const p = profileOf(word);
  return p === BOOKING ? undefined : p;
}

/** The column's name as START_NAME reads it, with its first word taken off when that names what starts (`appointment_time` → `time`). */
function startName(words: readonly string[]): { subject?: DaySlots; rest: string } {
  const subject = words.length > 1 ? subjectProfile(words[0] as string) : undefined;
  const rest = (subject ? words.slice(1) : words).join('_').replace(/date_time/, 'datetime');
  return subject ? { subject, rest } : { rest };
}

/**
 * When in the day a timestamp that starts something people book or attend falls: an
 * appointment's, meeting's or class's `starts_at` ({@link OFFICE}), a booking's or reservation's
 * `start_time` ({@link BOOKING}), a shift's `start_time` ({@link SHIFT}), and `appointment_time`,
 * `shift_start` in any table; undefined for other timestamps (`created_at`, `started_at`: machine times).
 *
 * @example
 * ```ts
 * daySlotsFor(ctx) // appointments.starts_at → { hours: [8, …, 17], minuteStep: 15, weekdayRate: 0.9 }
 * ```
 */
export function daySlotsFor(ctx: ColumnContext): DaySlots | undefined {
  const { subject, rest } = startName(ctx.words);
  if (!START_NAME.test(rest)) return undefined;
  if (subject) return subject;
  for (const w of ctx.tableWords) { const p = profileOf(w); if (p) return p; }
  return undefined;
}

/** `spec` with the column's day slots, when it has them (a plan without them draws as before). */
export function withDaySlots(ctx: ColumnContext, spec: TimestampSpec): TimestampSpec {
  const slots = daySlotsFor(ctx);
  return slots ? { ...spec, hours: [...slots.hours], minuteStep: slots.minuteStep, ...(slots.weekdayRate === undefined ? {} : { weekdayRate: slots.weekdayRate }) } : spec;
}

/** `minutes` as the days an `after` gap is given in, to six places (a quarter hour: 0.010417, whole seconds once read). */
export const minutesAsDays = (minutes: number): number => Math.round((minutes / 1440) * 1e6) / 1e6;
