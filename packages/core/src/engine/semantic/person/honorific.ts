import type { Rng } from '../../rng.js';
import { WeightedTable } from '../internal/weighted-table.js';

type Weighted = readonly (readonly [string, number])[];

/** Honorifics a woman is addressed by, by how often they are used. */
const FEMALE: Weighted = [['Ms.', 48], ['Mrs.', 32], ['Dr.', 10], ['Prof.', 3], ['Mx.', 2]];
/** Honorifics a man is addressed by. */
const MALE: Weighted = [['Mr.', 85], ['Dr.', 10], ['Prof.', 3], ['Mx.', 2]];

/** The shortest honorific of each sex: a column narrower than this holds none. */
export const HONORIFIC_MIN_LENGTH = 3;

const tables = new Map<string, WeightedTable<string>>();

/** The weighted honorifics of `sex` that fit `maxLength` characters. */
function honorificsOf(sex: 'female' | 'male', maxLength: number): WeightedTable<string> {
  const key = `${sex}/${Math.min(maxLength, 8)}`;
  let table = tables.get(key);
  if (!table) {
    const fit = (sex === 'female' ? FEMALE : MALE).filter(([h]) => h.length <= maxLength);
    table = new WeightedTable(fit.map(([h]) => h), fit.map(([, w]) => w));
    tables.set(key, table);
  }
  return table;
}

/** The honorific of a non-binary person. */
export const NON_BINARY_HONORIFIC = 'Mx.';

/**
 * An honorific that agrees with the person's sex (`Ms.`/`Mrs.` for women, `Mr.` for men, `Dr.`,
 * `Prof.`, `Mx.` for either), among those that fit `maxLength` (at least 3) characters; always
 * `Mx.` for a non-binary person (no draw).
 *
 * @example
 * ```ts
 * honorificFor(rng, 'female', 8) // 'Mrs.'
 * honorificFor(rng, 'non-binary') // 'Mx.'
 * ```
 */
export function honorificFor(rng: Rng, sex: 'female' | 'male' | 'non-binary', maxLength = Infinity): string {
  if (sex === 'non-binary') return NON_BINARY_HONORIFIC;
  return honorificsOf(sex, Math.max(HONORIFIC_MIN_LENGTH, maxLength)).pick(rng);
}
