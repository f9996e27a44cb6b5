import { baseType, type Column } from '../../schema/index.js';
import { columnContext, wordsOf, type ColumnContext } from './column-context.js';
import { daySlotsFor, minutesAsDays } from './day-slots.js';
import type { Earlier } from './lifecycle-chain.js';

/** `hours` as the days an `after` gap is given in, to four places (a quarter hour: 0.0104). */
export const hoursAsDays = (hours: number): number => Math.round((hours / 24) * 10000) / 10000;

/** Tables whose rows last hours, not days (an appointment's end follows its start the same day). */
const SHORT_TABLES = new Set([
  'appointment', 'meeting', 'session', 'call', 'class', 'clas', 'classe', 'lesson', 'booking', 'reservation', 'visit', 'interview', 'slot',
  'match', 'game', 'ride', 'trip', 'workout', 'webinar', 'exam', 'lecture', 'consultation', 'screening', 'showtime',
  'performance', 'broadcast', 'stream', 'run', 'execution', 'attempt', 'timesheet', 'entry', 'log', 'event',
]);
const SHIFT_TABLES = new Set(['shift', 'roster', 'attendance', 'punch', 'clock']);
const END_WORDS = /(^|_)(end|ends|ended|ending|finish|finished|stop|stopped|out)(_|$)/;
const START_WORDS = /(^|_)(start|starts|started|begin|begins|began|in)(_|$)/;

const isTimestamp = (c: Column): boolean => baseType(c.type).kind === 'timestamp';

/** Hours an end follows its start by: a shift's 4–12, else a quarter hour to four hours. */
function spanHours(ctx: ColumnContext): readonly [number, number] | undefined {
  if (ctx.tableWords.some((w) => SHIFT_TABLES.has(w))) return [4, 12];
  const clock = /(^|_)(time|datetime)$/.test(ctx.words.join('_'));
  return clock || ctx.tableWords.some((w) => SHORT_TABLES.has(w)) ? [0.25, 4] : undefined;
}

/** The gap's step in days when the start falls on round minutes (`daySlotsFor`): the end does too. */
function stepAfter(ctx: ColumnContext, start: Column): { step?: number } {
  const slots = daySlotsFor(columnContext(ctx.table, start, ctx.referenceDate, ctx.rows));
  return slots ? { step: minutesAsDays(slots.minuteStep) } : {};
}

/**
 * An end timestamp's gap after its start timestamp in hours where the row lasts hours: an
 * appointment's `end_time`, a meeting's `ends_at`, a session's `ended_at`, a shift's `clock_out`
 * (4–12 hours); `earlier` as it is for dates and for other tables (a project's `end_date`). When
 * the start falls on round minutes (an appointment's quarter hours) the gap is whole `step`s of them.
 *
 * @example
 * ```ts
 * shortSpan(ctx, { column: 'start_time', minGap: 1, maxGap: 365 }) // appointments.end_time → { column: 'start_time', minGap: 0.0104, maxGap: 0.1667, step: 0.010417 }
 * ```
 */
export function shortSpan(ctx: ColumnContext, earlier: Earlier): Earlier & { step?: number } {
  const start = ctx.table.columns.find((c) => c.name === earlier.column);
  if (!start || !isTimestamp(ctx.column) || !isTimestamp(start)) return earlier;
  if (!END_WORDS.test(ctx.words.join('_')) || !START_WORDS.test(wordsOf(start.name).join('_'))) return earlier;
  const hours = spanHours(ctx);
  if (!hours) return earlier;
  return { column: earlier.column, minGap: hoursAsDays(hours[0]), maxGap: hoursAsDays(hours[1]), ...stepAfter(ctx, start) };
}
