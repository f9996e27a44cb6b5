import type { Rng } from '../../rng.js';
import { WeightedTable } from '../internal/weighted-table.js';
import { sexOf } from './names.js';

/** Default vocabulary of {@link sex}. */
export const SEX_VALUES: readonly string[] = Object.freeze(['Female', 'Male']);
/** Default vocabulary of {@link gender}. */
export const GENDER_VALUES: readonly string[] = Object.freeze(['Female', 'Male', 'Non-binary']);

/** Shares: female 50.5 %, male 49.5 % of the binary part; everything else shares 1 %. */
const FEMALE_WEIGHT = 0.5;
const MALE_WEIGHT = 0.49;
const OTHER_TOTAL = 0.01;

const tables = new WeakMap<readonly string[], WeightedTable<string>>();

function tableFor(vocabulary: readonly string[]): WeightedTable<string> {
  let table = tables.get(vocabulary);
  if (table) return table;
  const kinds = vocabulary.map((v) => sexOf(v));
  const others = kinds.filter((k) => k === undefined).length;
  const binary = kinds.length - others;
  const weights = kinds.map((k) => {
    if (k === 'female') return FEMALE_WEIGHT;
    if (k === 'male') return MALE_WEIGHT;
    return binary === 0 ? 1 : OTHER_TOTAL / others;
  });
  table = new WeightedTable(vocabulary, weights);
  tables.set(vocabulary, table);
  return table;
}

/**
 * A value of `vocabulary` with realistic shares: entries starting with F/W count as
 * female, M as male (about 50/49 %); any others ('X', 'Unknown', 'Non-binary') share 1 %.
 * A vocabulary with no recognisable entries is drawn uniformly. Weights are cached per
 * vocabulary array, so pass the same array each time.
 */
export function sex(rng: Rng, vocabulary: readonly string[] = SEX_VALUES): string {
  return tableFor(vocabulary).pick(rng);
}

/** As {@link sex}, defaulting to Female / Male / Non-binary. */
export function gender(rng: Rng, vocabulary: readonly string[] = GENDER_VALUES): string {
  return tableFor(vocabulary).pick(rng);
}

/** Gender labels of a non-binary person: `Non-binary`, `nonbinary`, `NB`, `X`, `genderqueer`, `agender`. */
const NON_BINARY = /^(x|nb|enby|non[-_ ]?binary|genderqueer|gender[-_ ]?fluid|agender)$/i;

/**
 * True when a gender value names a non-binary person (`'non-binary'`, `'X'`); false for female,
 * male and labels that say nothing of the person (`'Unknown'`, `'Prefer not to say'`).
 *
 * @example
 * ```ts
 * isNonBinary('Non-binary') // true
 * isNonBinary('unknown') // false
 * ```
 */
export function isNonBinary(value: string): boolean {
  return NON_BINARY.test(value.trim());
}
