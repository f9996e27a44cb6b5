import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCodes, mergeShards, renderSummary, validateInWorkers, validationWorkers, type Schema, type SourceDialect } from '@rowforge/core';
import type { Io } from '../io.js';
import { ProgressBar } from '../progress-bar.js';
import { readSchema } from '../read-schema.js';
import { schemaOfRun } from './schema-of-run.js';

export interface MergeFlags {
  /** Absent: the schema the merged directory carries (see `schemaOfRun`). */
  readonly schema?: string;
  readonly dialect: SourceDialect | 'auto';
  /** False with --no-validate. */
  readonly validate: boolean;
}

/**
 * `rowforge merge DIR [--schema FILE] [--no-validate]`: joins shard parts, then validates the
 * merged files (writing validation.json): against --schema, read before merging so a bad file
 * fails first, or else the schema.sql and constraints.sql part 0 wrote.
 */
export async function mergeCommand(dir: string, flags: MergeFlags, io: Io): Promise<number> {
  const given = flags.schema !== undefined && flags.validate ? (await readSchema(flags.schema, flags.dialect)).schema : undefined;
  const manifest = mergeShards(dir);
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  io.out(`merged ${manifest.tables.length} tables, ${rows.toLocaleString('en-US')} rows in ${dir}`);
  if (!flags.validate) return ExitCodes.ok;
  const report = await validated(dir, given ?? (await carried(dir, flags.dialect, io)));
  writeFileSync(join(dir, 'validation.json'), `${JSON.stringify(report, null, 2)}\n`);
  io.out(renderSummary(report));
  return report.ok ? ExitCodes.ok : ExitCodes.validation;
}

async function carried(dir: string, dialect: SourceDialect | 'auto', io: Io): Promise<Schema> {
  const run = await schemaOfRun(dir, dialect);
  io.err(`schema: ${run.source} (pass --schema FILE to check against the schema you generated from)`);
  return run.parsed.schema;
}

function validated(dir: string, schema: Schema): ReturnType<typeof validateInWorkers> {
  const bar = new ProgressBar();
  return validateInWorkers(dir, schema, validationWorkers(dir), { onTable: (e) => bar.update(`${e.table} read, table`, e.tablesDone, e.tables) })
    .finally(() => { bar.done(); });
}
