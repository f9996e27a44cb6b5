import type { UnenforcedCheck, ValidationReport } from '@rowforge/core';
import type { Io } from '../io.js';

/** The validator's warnings about CHECKs the generator already warned about (`"t" CHECK (…) not evaluated: …`). */
function alreadyWarned(warning: string, unenforced: readonly UnenforcedCheck[]): boolean {
  return unenforced.some((u) => warning.startsWith(`"${u.table}" ${u.label} not evaluated: `));
}

/**
 * After `generate`: the validation line, and the validator's warnings except those about a CHECK
 * the generator warned about before generating (counted on the line instead; validation.json
 * keeps every warning).
 */
export function printValidation(v: ValidationReport, unenforced: readonly UnenforcedCheck[], out: string, io: Io): void {
  const repeated = v.warnings.filter((w) => alreadyWarned(w, unenforced));
  const unchecked = repeated.length === 0 ? '' : `; ${repeated.length} CHECK${repeated.length === 1 ? '' : 's'} not evaluated (warned above)`;
  io.out(v.ok ? `validation: 0 violations${unchecked}` : `validation: ${v.violationCount} violation(s)${unchecked}; see ${out}/validation.json`);
  v.warnings.filter((w) => !repeated.includes(w)).forEach((w) => io.err(`rowforge: validation warning: ${w}`));
}
