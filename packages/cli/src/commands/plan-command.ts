import { ExitCodes, type SourceDialect } from '@rowforge/core';
import type { Io } from '../io.js';
import { readSchema } from '../read-schema.js';
import { planFromFlags, type PlanFlags } from './plan-input.js';

/** `rowforge plan`: prints the inferred (or the given, re-validated) plan as JSON. */
export async function planCommand(schemaPath: string, flags: PlanFlags & { dialect: SourceDialect | 'auto' }, io: Io): Promise<number> {
  const { schema } = await readSchema(schemaPath, flags.dialect);
  io.out(JSON.stringify(planFromFlags(schema, flags), null, 2));
  return ExitCodes.ok;
}
