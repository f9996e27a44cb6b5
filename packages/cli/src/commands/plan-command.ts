import { ExitCodes, type SourceDialect } from '@rowforge/core';
import type { Io } from '../io.js';
import { readSchema } from '../read-schema.js';
import { planFromFlags, rowCountNotes, unfitLabelWarnings, type PlanFlags } from './plan-input.js';

/**
 * `rowforge plan`: prints the inferred (or the given, re-validated) plan as JSON on stdout; the
 * reader's warnings and the planner's row-count notes go to stderr, as `generate` prints them.
 */
export async function planCommand(schemaPath: string, flags: PlanFlags & { dialect: SourceDialect | 'auto' }, io: Io): Promise<number> {
  const { schema, warnings } = await readSchema(schemaPath, flags.dialect, flags.omitUnsupported);
  const plan = planFromFlags(schema, flags);
  warnings.forEach((w) => io.err(`rowforge: warning: ${schemaPath}:${w.line}:${w.column}: ${w.message}`));
  rowCountNotes(plan, flags).forEach((n) => io.err(`rowforge: note: ${n}`));
  unfitLabelWarnings(schema, flags).forEach((w) => io.err(`rowforge: warning: ${w}`));
  io.out(JSON.stringify(plan, null, 2));
  return ExitCodes.ok;
}
