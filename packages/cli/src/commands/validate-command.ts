import { ExitCodes, renderSummary, validateDirectory, type SourceDialect } from '@rowforge/core';
import type { Io } from '../io.js';
import { readSchema } from '../read-schema.js';

/** `rowforge validate DIR --schema FILE`: exit 0 when clean, 1 on any violation. */
export async function validateCommand(dir: string, flags: { schema: string; json: boolean; dialect: SourceDialect | 'auto' }, io: Io): Promise<number> {
  const { schema } = await readSchema(flags.schema, flags.dialect);
  const report = await validateDirectory(dir, schema);
  io.out(flags.json ? JSON.stringify(report, null, 2) : renderSummary(report));
  return report.ok ? ExitCodes.ok : ExitCodes.validation;
}
