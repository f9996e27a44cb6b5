import { ExitCodes, generateToDirectory, type Dialect, type OutputFormat, type SourceDialect } from '@rowforge/core';
import { ProgressBar } from '../progress-bar.js';
import { readSchema } from '../read-schema.js';
import { planFromFlags, type PlanFlags } from './plan-input.js';
import type { Io } from '../io.js';

export interface GenerateFlags extends PlanFlags {
  readonly format: OutputFormat;
  readonly target: Dialect;
  readonly out: string;
  readonly dialect: SourceDialect | 'auto';
  readonly sqlFiles: 'single' | 'per-table';
  readonly overwrite: boolean;
  readonly validate: boolean;
}

/** `rowforge generate`: schema → plan → files, validated; exit 1 when validation finds violations. */
export async function generateCommand(schemaPath: string, flags: GenerateFlags, io: Io): Promise<number> {
  const started = io.now();
  const { schema, warnings } = await readSchema(schemaPath, flags.dialect);
  const plan = planFromFlags(schema, flags);
  const bar = new ProgressBar();
  const result = await generateToDirectory({
    schema, plan, dir: flags.out, format: flags.format, target: flags.target, sqlFiles: flags.sqlFiles,
    overwrite: flags.overwrite, validate: flags.validate,
    onProgress: (e) => bar.update(e.table, e.rowsDone, e.rowCount),
  });
  bar.done();
  warnings.forEach((w) => io.err(`rowforge: warning: ${schemaPath}:${w.line}:${w.column}: ${w.message}`));
  const rows = result.data.tables.reduce((n, t) => n + t.rowCount, 0);
  const secs = (io.now() - started) / 1000;
  io.out(`wrote ${result.data.tables.length} tables, ${rows.toLocaleString('en-US')} rows to ${flags.out} (${flags.format}, ${flags.target}) in ${secs.toFixed(1)} s`);
  const v = result.validation;
  if (!v) return ExitCodes.ok;
  io.out(v.ok ? 'validation: 0 violations' : `validation: ${v.violationCount} violation(s); see ${flags.out}/validation.json`);
  return v.ok ? ExitCodes.ok : ExitCodes.validation;
}
