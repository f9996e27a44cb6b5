import { permuteIndex } from '../random/permute.js';
import { decimalCapacity, noRunDecimal } from '../random/no-run-digits.js';

const SPACE = decimalCapacity(9);
/** Teachers take state-ID indices from here, so one permutation serves students and teachers without collisions. */
export const TEACHER_BASE = 300_000_000;

/** A 10-digit state ID `9xxxxxxxxx`, unique per global index, with no ascending digit pairs after the 9. */
export function stateId(globalIndex: number, key: number): string {
  return `9${noRunDecimal(permuteIndex(globalIndex, SPACE, key), 9, 9)}`;
}
