import type { GradePlan, OptionPlan, PoolPlan, SlotPlan } from './roster-plan.js';

/** Periods of a secondary school day (1..7); homerooms have period 0. */
export const PERIODS = 7;

/** Sections per subject and per period placed so far (index 1..PERIODS), and all sections per period. */
class PeriodLoad {
  readonly #bySubject = new Map<string, number[]>();
  readonly total: number[] = Array.from({ length: PERIODS + 1 }, () => 0);

  of(subject: string): number[] {
    let row = this.#bySubject.get(subject);
    if (!row) { row = Array.from({ length: PERIODS + 1 }, () => 0); this.#bySubject.set(subject, row); }
    return row;
  }

  add(subject: string, p: number, n: number): void {
    const row = this.of(subject);
    row[p] = (row[p] as number) + n;
    this.total[p] = (this.total[p] as number) + n;
  }
}

/** The period not in `taken` (a bit mask) with the lowest cost, ties to the emptier period, then the earlier one. */
function cheapest(taken: number, cost: (p: number) => number, load: PeriodLoad): number {
  let best = 0;
  let bestCost = Infinity;
  for (let p = 1; p <= PERIODS; p++) {
    if (taken & (1 << p)) continue;
    const c = cost(p) * 1e6 + (load.total[p] as number);
    if (c < bestCost) { best = p; bestCost = c; }
  }
  return best;
}

/** Puts a block's sections of an elective slot in the period where their subjects are least taught. */
function placePool(slot: SlotPlan, pool: PoolPlan, taken: number, load: PeriodLoad, out: Uint8Array): number {
  const cost = (p: number): number => slot.options.reduce((a, o, x) => a + (pool.sections[x] as number) * (load.of(o.subject)[p] as number), 0);
  const p = cheapest(taken, cost, load);
  slot.options.forEach((o, x) => {
    const k = pool.sections[x] as number;
    const first = pool.first[x] as number;
    out.fill(p, first, first + k);
    load.add(o.subject, p, k);
  });
  return p;
}

/** Elective periods of a grade: each block's slots in distinct periods. Returns each cohort's taken periods (bit mask). */
function placeElectives(g: GradePlan, load: PeriodLoad, out: Uint8Array): number[] {
  const taken = Array.from({ length: g.cohorts }, () => 0);
  for (const slot of g.slots) for (const pool of slot.pools) {
    const p = placePool(slot, pool, taken[pool.firstCohort] as number, load, out);
    for (let c = pool.firstCohort; c < pool.firstCohort + pool.cohorts; c++) taken[c] = (taken[c] as number) | (1 << p);
  }
  return taken;
}

/** The course of a core slot (its section i is cohort i). */
const courseOf = (slot: SlotPlan): OptionPlan => slot.options[0] as OptionPlan;

/** A cohort's core classes: repeatedly the (course, period) pair whose subject is least taught in that period. */
function placeCohort(cores: readonly SlotPlan[], c: number, taken: number, load: PeriodLoad, out: Uint8Array): void {
  const left = cores.map(courseOf);
  let busy = taken;
  while (left.length > 0) {
    let pick = { at: 0, p: 0, cost: Infinity };
    left.forEach((o, at) => {
      const row = load.of(o.subject);
      const p = cheapest(busy, (q) => row[q] as number, load);
      const cost = (row[p] as number) * 1e6 + (load.total[p] as number);
      if (cost < pick.cost) pick = { at, p, cost };
    });
    const o = left.splice(pick.at, 1)[0] as OptionPlan;
    out[o.firstSection + c] = pick.p;
    load.add(o.subject, pick.p, 1);
    busy |= 1 << pick.p;
  }
}

/**
 * The period of every section of a school (0 for homerooms), a pure function of its grades.
 * Elective blocks go first, each to the period where its subjects are least taught; then each
 * cohort fills its other periods with its core courses, least-taught subject-period first. A
 * cohort never has two classes in one period, and each subject's sections spread evenly over the
 * day, so its teachers can take them without ever teaching two classes at once.
 */
export function timetable(grades: readonly GradePlan[], sections: number): Uint8Array {
  const out = new Uint8Array(sections);
  const load = new PeriodLoad();
  const taken = grades.map((g) => placeElectives(g, load, out));
  grades.forEach((g, i) => {
    const cores = g.slots.filter((s) => s.core);
    const cohortsTaken = taken[i] as number[];
    for (let c = 0; c < g.cohorts; c++) placeCohort(cores, c, cohortsTaken[c] as number, load, out);
  });
  return out;
}

/** Sections meeting in the busiest period. */
export function busiestPeriod(periods: Uint8Array): number {
  const count = Array.from({ length: PERIODS + 1 }, () => 0);
  for (const p of periods) if (p > 0) count[p] = (count[p] as number) + 1;
  return Math.max(...count.slice(1));
}
