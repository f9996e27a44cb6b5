import type { UnenforcedCheck, ValidationReport } from '@rowforge/core';
import type { Io } from '../io.js';

/**
 * The validator's reasons for a CHECK that can never be evaluated, as the generator finds them
 * too (untranslated SQL, an unknown function, a pattern JavaScript cannot read); reasons found
 * at run time (a failed cast, say) are news and are always printed.
 */
const STATIC_REASONS = ['it contains SQL the schema reader could not translate', 'untranslated SQL: ', 'function ', 'a regular expression JavaScript cannot read: '];

/**
 * The validator's warnings that repeat one the generator gave before generating: same label
 * (`"t" CHECK (…)`, `"t" domain d on c`) and a static reason, at most as many per label as the
 * generator warned about (a domain's CHECKs share one label).
 */
function repeatsOf(warnings: readonly string[], unenforced: readonly UnenforcedCheck[]): string[] {
  const left = new Map<string, number>();
  for (const u of unenforced) {
    const prefix = `"${u.table}" ${u.label} not evaluated: `;
    left.set(prefix, (left.get(prefix) ?? 0) + 1);
  }
  return warnings.filter((w) => {
    const prefix = [...left.keys()].find((p) => (left.get(p) ?? 0) > 0 && w.startsWith(p) && STATIC_REASONS.some((r) => w.startsWith(r, p.length)));
    if (prefix === undefined) return false;
    left.set(prefix, (left.get(prefix) ?? 0) - 1);
    return true;
  });
}

/**
 * After `generate`: the validation line, and the validator's warnings except those about a CHECK
 * the generator warned about before generating (counted on the line instead; validation.json
 * keeps every warning).
 */
export function printValidation(v: ValidationReport, unenforced: readonly UnenforcedCheck[], out: string, io: Io): void {
  const repeated = repeatsOf(v.warnings, unenforced);
  const unchecked = repeated.length === 0 ? '' : `; ${repeated.length} CHECK${repeated.length === 1 ? '' : 's'} not evaluated (warned above)`;
  io.out(v.ok ? `validation: 0 violations${unchecked}` : `validation: ${v.violationCount} violation(s)${unchecked}; see ${out}/validation.json`);
  v.warnings.filter((w) => !repeated.includes(w)).forEach((w) => io.err(`rowforge: validation warning: ${w}`));
}
