import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../engine/index.js';
import type { Plan } from '../plan/index.js';
import type { GeneratedData, Schema } from '../schema/index.js';
import { writeOutput, type OutputFormat, type OutputSummary, type Target } from '../sinks/index.js';
import type { TableProgress, ValidationReport } from '../validation/index.js';
import { assertTargetFree, commitDirectory, removeQuietly, stagingPath } from './commit-directory.js';
import { validateInWorkers } from './validate-in-workers.js';
import { withWorkers } from './workers/with-workers.js';
import { workerCount } from './workers/worker-count.js';

export interface GenerateToDirectoryOptions {
  readonly schema: Schema;
  readonly plan: Plan;
  readonly dir: string;
  readonly format: OutputFormat;
  readonly target: Target;
  readonly sqlFiles?: 'single' | 'per-table';
  readonly overwrite?: boolean;
  /** Re-read and check the output (default true); the report is written as validation.json. */
  readonly validate?: boolean;
  readonly onProgress?: (e: { table: string; rowsDone: number; rowCount: number }) => void;
  /** Called as validation has read each table. */
  readonly onValidate?: (e: TableProgress) => void;
  /**
   * Worker threads that generate and encode row ranges in parallel (csv, json, ndjson, zip and
   * parquet output; SQL scripts are written in this thread). Default: one per available core
   * for runs of 500,000 rows or more (`MIN_ROWS_FOR_WORKERS`); 1 = in this thread, no pool. Output bytes do not depend on it.
   */
  readonly workers?: number;
}

export interface GenerateResult {
  readonly data: GeneratedData;
  readonly output: OutputSummary;
  readonly validation: ValidationReport | undefined;
}

/**
 * Validates what a run wrote, its tables read by as many worker threads as generated it;
 * SQL and Parquet output are checked through a scratch CSV copy of the same rows.
 */
async function validateRun(data: GeneratedData, staging: string, o: GenerateToDirectoryOptions): Promise<ValidationReport> {
  const workers = workerCount(o.workers, data);
  const options = o.onValidate ? { onTable: o.onValidate } : {};
  if (o.format !== 'sql' && o.format !== 'parquet') return validateInWorkers(staging, o.schema, workers, options);
  const scratch = stagingPath(o.dir, 'check');
  try {
    await writeOutput(data, { dir: scratch, format: 'csv', target: o.target, overwrite: true });
    return await validateInWorkers(scratch, o.schema, workers, options);
  } finally {
    removeQuietly(scratch);
  }
}

/** Writes every file, generated and encoded by worker threads when the run warrants them (stopped before validation). */
function writeAll(data: GeneratedData, staging: string, o: GenerateToDirectoryOptions): Promise<OutputSummary> {
  return withWorkers(o.schema, o.plan, data, o.workers, (pooled) => writeOutput(pooled, {
    dir: staging, format: o.format, target: o.target, overwrite: true,
    ...(o.sqlFiles ? { sqlFiles: o.sqlFiles } : {}), ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  }));
}

/**
 * The whole run: generate, write every file into a staging directory, validate it, write
 * `plan.json` and `validation.json`, then rename it onto `dir`. A failure leaves nothing behind.
 *
 * @example
 * ```ts
 * const { validation } = await generateToDirectory({ schema, plan, dir: 'out', format: 'csv', target: 'postgres' })
 * if (!validation?.ok) process.exitCode = 1
 * ```
 */
export async function generateToDirectory(o: GenerateToDirectoryOptions): Promise<GenerateResult> {
  assertTargetFree(o.dir, o.overwrite ?? false);
  const data = generate(o.schema, o.plan);
  const staging = stagingPath(o.dir, 'stage');
  try {
    const output = await writeAll(data, staging, o);
    const validation = o.validate === false ? undefined : await validateRun(data, staging, o);
    writeFileSync(join(staging, 'plan.json'), `${JSON.stringify(o.plan, null, 2)}\n`);
    if (validation) writeFileSync(join(staging, 'validation.json'), `${JSON.stringify(validation, null, 2)}\n`);
    commitDirectory(staging, o.dir);
    return { data, output, validation };
  } catch (e) {
    removeQuietly(staging);
    throw e;
  }
}
