import type { City } from '../geo/us-states.js';
import type { GradePlan, OptionPlan, PoolPlan, SlotPlan } from '../plan/roster-plan.js';
import { permuteIndex } from '../random/permute.js';
import { rngFor } from '../random/seeded.js';
import { birthDate } from './birth-date.js';
import { demographics, studentGender } from './demographics.js';
import { mailPart, personName, streetLine } from './names.js';
import type { Student } from './roster-types.js';
import { schoolKey, type SchoolContext } from './school-context.js';

/** Section of a block's student at `pos` in the block's shuffled order: the block's sections split it evenly. */
function poolSection(pool: PoolPlan, pos: number): number {
  const total = pool.sections.reduce((a, b) => a + b, 0);
  let j = Math.floor((pos * total) / pool.students);
  for (const [x, k] of pool.sections.entries()) {
    if (j < k) return (pool.first[x] as number) + j;
    j -= k;
  }
  return -1;
}

/** A block's section of the student at cohort rank `rank`, shuffled within the block by its key. */
function electiveSection(slot: SlotPlan, rank: number, keys: readonly number[]): number {
  const b = slot.pools.findIndex((p) => rank >= p.start && rank < p.start + p.students);
  const pool = slot.pools[b] as PoolPlan;
  return poolSection(pool, permuteIndex(rank - pool.start, pool.students, keys[b] as number));
}

/** Section of slot `slot` for student `r` of a grade of `n`: by cohort rank (core), block (electives) or own shuffle (homeroom). */
function sectionAt(slot: SlotPlan, n: number, r: number, rank: number, keys: readonly number[]): number {
  const o = slot.options[0] as OptionPlan;
  if (slot.core) return o.firstSection + Math.floor((rank * o.sections) / n);
  if (slot.pools.length > 0) return electiveSection(slot, rank, keys);
  return o.firstSection + Math.floor((permuteIndex(r, n, keys[0] as number) * o.sections) / n);
}

function sectionsOf(g: GradePlan, x: GradeContext, r: number): number[] {
  const rank = permuteIndex(r, g.students, x.cohortKey);
  return g.slots.map((slot, j) => sectionAt(slot, g.students, r, rank, x.slotKeys[j] as number[]));
}

/** A ZIP in `city`: its 3-digit prefix and two more digits (never 00). */
export function zipIn(city: City, u: number): string {
  return `${city.zip3}${String(1 + Math.floor(u * 98)).padStart(2, '0')}`;
}

interface GradeContext {
  readonly c: SchoolContext;
  readonly g: GradePlan;
  readonly home: City;
  readonly poverty: number;
  readonly key: number;
  readonly cohortKey: number;
  /** Shuffle keys of each slot: one per elective block, or one for a homeroom. */
  readonly slotKeys: readonly (readonly number[])[];
}

function buildStudent(x: GradeContext, r: number): Student {
  const { c, g } = x;
  const i = g.firstStudent + r;
  const rng = rngFor(x.key, i);
  const gender = studentGender(rng);
  const demo = demographics(rng, x.poverty);
  const name = personName(rng, gender === 'F' || (gender === 'X' && rng.chance(0.5)), demo.hispanic);
  const dob = birthDate(rng, c.district.state, c.o.fallYear, g.grade);
  const city = rng.chance(0.8) ? x.home : rng.pick(c.district.state.cities);
  const k = c.plan.offsets.student + i;
  const number = c.ids.studentNumber(k);
  return {
    id: c.ids.student(c.plan.index, k), number, stateId: c.ids.stateStudentId(k), ...name, grade: g.grade, gender, dob,
    email: `${mailPart(name.first)}.${mailPart(name.last)}${number}@students.${c.district.domain}`, demo,
    street: streetLine(rng), city: city.name, zip: zipIn(city, rng.float()), sections: sectionsOf(g, x, r),
  };
}

/**
 * Builds the students of one grade: demographics, name, DOB by the state's cutoff, address and
 * sections (core courses by cohort; electives by a shuffle within the student's block of cohorts).
 */
export function buildGrade(c: SchoolContext, g: GradePlan, home: City, poverty: number, out: Student[]): void {
  const slotKeys = g.slots.map((slot, j) => (slot.pools.length > 0 ? slot.pools.map((_, b) => schoolKey(c, 'slot', g.grade, j, b)) : [schoolKey(c, 'slot', g.grade, j)]));
  const x: GradeContext = { c, g, home, poverty, key: schoolKey(c, 'student'), cohortKey: schoolKey(c, 'cohort', g.grade), slotKeys };
  for (let r = 0; r < g.students; r++) out.push(buildStudent(x, r));
}
