import { ExitCodes, renderSummary, validateInWorkers, validationWorkers, type ParseResult, type SourceDialect } from '@rowforge/core';
import type { Io } from '../io.js';
import { ProgressBar } from '../progress-bar.js';
import { readSchema } from '../read-schema.js';
import { schemaOfRun } from './schema-of-run.js';

export interface ValidateFlags {
  /** Absent: the schema the run's directory carries (see `schemaOfRun`). */
  readonly schema?: string;
  readonly json: boolean;
  readonly dialect: SourceDialect | 'auto';
  readonly workers?: number;
}

/** `rowforge validate DIR [--schema FILE]`: exit 0 when clean, 1 on any violation. */
export async function validateCommand(dir: string, flags: ValidateFlags, io: Io): Promise<number> {
  const { schema } = await schemaFor(dir, flags, io);
  const bar = new ProgressBar();
  const report = await validateInWorkers(dir, schema, validationWorkers(dir, flags.workers), { onTable: (e) => bar.update(`${e.table} read, table`, e.tablesDone, e.tables) })
    .finally(() => { bar.done(); });
  io.out(flags.json ? JSON.stringify(report, null, 2) : renderSummary(report));
  return report.ok ? ExitCodes.ok : ExitCodes.validation;
}

async function schemaFor(dir: string, flags: ValidateFlags, io: Io): Promise<ParseResult> {
  if (flags.schema !== undefined) return readSchema(flags.schema, flags.dialect);
  const run = await schemaOfRun(dir, flags.dialect);
  io.err(`schema: ${run.source} (pass --schema FILE to check against the schema you generated from)`);
  return run.parsed;
}
