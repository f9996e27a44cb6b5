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
  /** SQL only: no CREATE TABLE or constraints, for tables the user created (see `writeOutput`). */
  readonly sqlDataOnly?: boolean;
  readonly overwrite?: boolean;
  /** Re-read and check the output (default true); the report is written as validation.json. */
  readonly validate?: boolean;
  readonly onProgress?: (e: { table: string; rowsDone: number; rowCount: number }) => void;
  /** Called as validation has read each table. */
  readonly onValidate?: (e: TableProgress) => void;
  /**
   * Worker threads that generate and encode row ranges in parallel (every format; SQL's
   * deferred foreign-key UPDATEs are written in this thread). Default: one per available core
   * for runs of 500,000 rows or more (`MIN_ROWS_FOR_WORKERS`); 1 = in this thread, no pool. Output bytes do not depend on it.
   */
  readonly workers?: number;
}

export interface GenerateResult {
  readonly data: GeneratedData;
  readonly output: OutputSummary;
  readonly validation: ValidationReport | undefined;
}

/** Validates what a run wrote (or its CSV copy, for SQL and Parquet), its tables read by as many worker threads as generated it. */
function validateRun(data: GeneratedData, dir: string, o: GenerateToDirectoryOptions): Promise<ValidationReport> {
  return validateInWorkers(dir, o.schema, workerCount(o.workers, data), o.onValidate ? { onTable: o.onValidate } : {});
}

/** Where SQL and Parquet output, which validation cannot read, get a CSV copy of their rows to validate; else undefined. */
function checkCopyPath(o: GenerateToDirectoryOptions): string | undefined {
  return o.validate !== false && (o.format === 'sql' || o.format === 'parquet') ? stagingPath(o.dir, 'check') : undefined;
}

/**
 * Writes every file, and the CSV copy to validate when there is one, generated and encoded by
 * worker threads when the run warrants them (stopped before validation).
 */
function writeAll(data: GeneratedData, staging: string, checkCopy: string | undefined, o: GenerateToDirectoryOptions): Promise<OutputSummary> {
  return withWorkers(o.schema, o.plan, data, o.workers, async (pooled) => {
    const output = await writeOutput(pooled, {
      dir: staging, format: o.format, target: o.target, overwrite: true,
      ...(o.sqlFiles ? { sqlFiles: o.sqlFiles } : {}), ...(o.sqlDataOnly ? { sqlDataOnly: true } : {}), ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
    if (checkCopy) await writeOutput(pooled, { dir: checkCopy, format: 'csv', target: o.target, overwrite: true });
    return output;
  });
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
  const checkCopy = checkCopyPath(o);
  try {
    const output = await writeAll(data, staging, checkCopy, o);
    const validation = o.validate === false ? undefined : await validateRun(data, checkCopy ?? staging, o);
    writeFileSync(join(staging, 'plan.json'), `${JSON.stringify(o.plan, null, 2)}\n`);
    if (validation) writeFileSync(join(staging, 'validation.json'), `${JSON.stringify(validation, null, 2)}\n`);
    commitDirectory(staging, o.dir);
    return { data, output, validation };
  } catch (e) {
    removeQuietly(staging);
    throw e;
  } finally {
    if (checkCopy) removeQuietly(checkCopy);
  }
}
