import { dayOf, weekday } from './dates.js';

export interface SchoolCalendar {
  readonly firstDay: number;
  readonly lastDay: number;
  /** Last day of the fall semester (Friday before the winter break). */
  readonly fallEnd: number;
  /** First day of the spring semester (first Monday after New Year). */
  readonly springStart: number;
}

function nextWeekday(days: number, wd: number): number {
  return days + ((wd - weekday(days) + 7) % 7);
}

/** A typical US calendar: starts the Monday on or after Aug 15, ends the Friday on or after Jun 5. */
export function schoolCalendar(fallYear: number): SchoolCalendar {
  const springStart = nextWeekday(dayOf(fallYear + 1, 1, 5), 1);
  return {
    firstDay: nextWeekday(dayOf(fallYear, 8, 15), 1),
    lastDay: nextWeekday(dayOf(fallYear + 1, 6, 5), 5),
    fallEnd: nextWeekday(dayOf(fallYear, 12, 15), 5),
    springStart,
  };
}
