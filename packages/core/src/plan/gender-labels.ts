/** Labels the gender generator reads as a woman (`F`, `female`, `Woman`, `W`). */
export const FEMALE_LABEL = /^(f|female|woman|w)$/i;
/** Labels the gender generator reads as a man (`M`, `male`, `Man`). */
export const MALE_LABEL = /^(m|male|man)$/i;

/**
 * True when the labels hold a female and a male one (`'female', 'male', 'non-binary'`): a
 * `gender`/`sex` column over them draws by the row's sex, so it agrees with its names and honorific.
 *
 * @example
 * ```ts
 * isGenderVocabulary(['female', 'male', 'non-binary']) // true
 * isGenderVocabulary(['owner', 'member']) // false
 * ```
 */
export function isGenderVocabulary(values: readonly (string | number)[]): boolean {
  return values.some((v) => FEMALE_LABEL.test(String(v))) && values.some((v) => MALE_LABEL.test(String(v)));
}
