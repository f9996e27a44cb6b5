import type { Subject } from '../plan/schedule.js';
import { PERIODS } from '../plan/timetable.js';
import type { Section } from './roster-types.js';

/** A subject's period sections in all and in its busiest period. */
interface Demand { readonly sections: number; readonly peak: number }

/** Demand per subject of the period sections (advisory excluded: any teacher may lead it), in first-seen order. */
function demands(periods: readonly Section[]): Map<Subject, Demand> {
  const byPeriod = new Map<Subject, number[]>();
  for (const s of periods) {
    if (s.subject === 'homeroom/advisory') continue;
    const row = byPeriod.get(s.subject) ?? Array.from({ length: PERIODS + 1 }, () => 0);
    row[s.period] = (row[s.period] as number) + 1;
    byPeriod.set(s.subject, row);
  }
  return new Map([...byPeriod].map(([subject, row]) => [subject, { sections: row.reduce((a, b) => a + b, 0), peak: Math.max(...row) }]));
}

/** Whether subject `a` needs the next teacher more than `b`: first to staff its busiest period, then by sections per teacher. */
function needsMore(a: Demand, ta: number, b: Demand, tb: number): boolean {
  const short = (d: Demand, t: number): number => (t < d.peak ? 1 : 0);
  if (short(a, ta) !== short(b, tb)) return short(a, ta) > short(b, tb);
  return a.sections * tb > b.sections * ta;
}

/**
 * Teachers per subject department out of `available`: first enough for each subject's busiest
 * period (so no teacher has two classes at once), then wherever sections per teacher are highest.
 */
export function departmentSizes(periods: readonly Section[], available: number): Map<Subject, number> {
  const need = demands(periods);
  const subjects = [...need.keys()];
  const sizes = subjects.map(() => 0);
  for (let k = 0; k < available && subjects.length > 0; k++) {
    let best = 0;
    for (let j = 1; j < subjects.length; j++) {
      if (needsMore(need.get(subjects[j] as Subject) as Demand, sizes[j] as number, need.get(subjects[best] as Subject) as Demand, sizes[best] as number)) best = j;
    }
    sizes[best] = (sizes[best] as number) + 1;
  }
  return new Map(subjects.map((s, j) => [s, sizes[j] as number]));
}
