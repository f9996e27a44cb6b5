import { AGE_TOLERANCE_YEARS, ageOnSeptemberFirst } from './grade-rules.js';
import type { CivilDate } from './value-formats.js';

/**
 * Decides whether a birth date is plausible for a grade. The school year's fall is given
 * (OneRoster's schoolYear) or inferred as the year most students' birth year + usual age points to;
 * a date is implausible when the age on 1 September is more than two years off the usual age.
 */
export class AgeGradeCheck {
  private readonly votes = new Map<number, number>();

  constructor(private fallYear?: number) {}

  /** Sets the fall year from the roster itself (OneRoster's schoolYear session), unless already set. */
  useFallYear(year: number): void {
    this.fallYear ??= year;
  }

  /** Counts one student towards the inferred fall year (pass 1). */
  observe(dob: CivilDate, usualAge: number): void {
    const year = dob.year + usualAge;
    this.votes.set(year, (this.votes.get(year) ?? 0) + 1);
  }

  /** The fall year used for ages: given, or the most voted; undefined with no evidence. */
  resolvedFallYear(): number | undefined {
    this.fallYear ??= mostVoted(this.votes);
    return this.fallYear;
  }

  /** A message when `dob` is implausible for a grade with `usualAge`; undefined when plausible. */
  problem(dob: CivilDate, usualAge: number): string | undefined {
    const fall = this.resolvedFallYear();
    if (fall === undefined) return undefined;
    const age = ageOnSeptemberFirst(dob, fall);
    if (Math.abs(age - usualAge) <= AGE_TOLERANCE_YEARS) return undefined;
    return `age ${age} on 09/01/${fall} is more than ${AGE_TOLERANCE_YEARS} years from the usual ${usualAge} for this grade`;
  }
}

function mostVoted(votes: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const [year, count] of votes) {
    if (count > bestCount || (count === bestCount && best !== undefined && year < best)) [best, bestCount] = [year, count];
  }
  return best;
}
