import { apportion } from '../random/stochastic-round.js';
import type { OptionPlan, PoolPlan, SlotPlan } from './roster-plan.js';
import { HOMEROOM_TARGET, PERIOD_TARGET, sectionsFor, type Slot } from './schedule.js';

/** Cohorts per elective block: about three, so a block's electives mix classes yet spread over periods. */
const COHORTS_PER_POOL = 3;

/** First cohort rank of cohort `c` when `n` students are split into `cohorts` cohorts (rank r is in cohort ⌊r·cohorts/n⌋). */
export function cohortStart(c: number, n: number, cohorts: number): number {
  return Math.floor((c * n + cohorts - 1) / cohorts);
}

/** Order of `m` sections by option so that every prefix holds each option near its share (`counts` sum to m). */
export function interleave(counts: readonly number[]): number[] {
  const m = counts.reduce((a, b) => a + b, 0);
  const taken = counts.map(() => 0);
  return Array.from({ length: m }, (_, i) => {
    let best = 0;
    let bestDeficit = -Infinity;
    counts.forEach((k, x) => {
      const deficit = (k * (i + 1)) / m - (taken[x] as number);
      if (k > (taken[x] as number) && deficit > bestDeficit + 1e-9) { best = x; bestDeficit = deficit; }
    });
    taken[best] = (taken[best] as number) + 1;
    return best;
  });
}

interface Block { readonly firstCohort: number; readonly cohorts: number; readonly start: number; readonly students: number; readonly sections: number }

function blocks(n: number, cohorts: number): Block[] {
  const count = Math.max(1, Math.round(cohorts / COHORTS_PER_POOL));
  return Array.from({ length: cohorts > 0 ? count : 0 }, (_, b) => {
    const c0 = Math.floor((b * cohorts) / count);
    const c1 = Math.floor(((b + 1) * cohorts) / count);
    const start = cohortStart(c0, n, cohorts);
    const students = cohortStart(c1, n, cohorts) - start;
    return { firstCohort: c0, cohorts: c1 - c0, start, students, sections: sectionsFor(students, PERIOD_TARGET) };
  });
}

/** Sections of each option in each block: the grade's sections split by weight, then dealt out evenly. */
function blockCounts(bs: readonly Block[], weights: readonly number[]): number[][] {
  const order = interleave(apportion(bs.reduce((a, b) => a + b.sections, 0), weights));
  let at = 0;
  return bs.map((b) => {
    const counts = weights.map(() => 0);
    for (let i = 0; i < b.sections; i++) counts[order[at++] as number]! += 1;
    return counts;
  });
}

/** An elective slot: blocks of about three cohorts, each choosing among its own sections of the slot's courses. */
function electiveSlot(slot: Slot, n: number, cohorts: number, next: { section: number }): SlotPlan {
  const bs = blocks(n, cohorts);
  const counts = blockCounts(bs, slot.options.map((x) => x.weight));
  const options: OptionPlan[] = slot.options.map((x, k) => {
    const sections = counts.reduce((a, c) => a + (c[k] as number), 0);
    const plan = { subject: x.subject, course: x.course, sections, firstSection: next.section };
    next.section += sections;
    return plan;
  });
  const seen = options.map((o) => o.firstSection);
  const pools: PoolPlan[] = bs.map((b, i) => {
    const sections = counts[i] as number[];
    const first = [...seen];
    sections.forEach((k, x) => { seen[x] = (seen[x] as number) + k; });
    return { firstCohort: b.firstCohort, cohorts: b.cohorts, start: b.start, students: b.students, sections, first };
  });
  return { homeroom: false, core: false, options, pools };
}

/** One slot of a grade of `n` students with `cohorts` cohorts; sections numbered school-wide from `next`. */
export function planSlot(slot: Slot, n: number, cohorts: number, next: { section: number }): SlotPlan {
  if (slot.options.length > 1) return electiveSlot(slot, n, cohorts, next);
  const x = slot.options[0] as Slot['options'][number];
  const sections = slot.homeroom ? sectionsFor(n, HOMEROOM_TARGET) : cohorts;
  const options = [{ subject: x.subject, course: x.course, sections, firstSection: next.section }];
  next.section += sections;
  return { homeroom: slot.homeroom, core: !slot.homeroom, options, pools: [] };
}

/** Cohorts of a grade of `n` students: the section count of a core course. */
export function cohortsFor(n: number, slots: readonly Slot[]): number {
  return slots.some((s) => !s.homeroom) ? sectionsFor(n, PERIOD_TARGET) : 0;
}
