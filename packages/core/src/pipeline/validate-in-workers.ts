import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Tinypool from 'tinypool';
import type { Schema } from '../schema/index.js';
import { validateDirectory, validateDirectoryWith, type TableFirstPass, type ValidationOptions, type ValidationReport } from '../validation/index.js';
import type { ValidateTaskRequest } from './workers/validate-task.js';
import { workerBundle } from './workers/worker-bundle.js';
import { workerExecArgv } from './workers/worker-exec-argv.js';

/**
 * `validateDirectory` with the tables read by up to `workers` worker threads at once (one
 * table per task); the report is the same. One worker, one table, or no bundled worker
 * module (esbuild missing) validates in this thread, and so does output with findings, once
 * the pool is stopped (see `validateDirectoryWith`).
 *
 * @example
 * ```ts
 * const report = await validateInWorkers('out', schema, 4)
 * ```
 */
export async function validateInWorkers(dir: string, schema: Schema, workers: number, options: ValidationOptions = {}): Promise<ValidationReport> {
  const threads = Math.min(workers, schema.tables.length);
  const entry = threads > 1 ? await workerBundle('validate-task') : undefined;
  if (!entry) return validateDirectory(dir, schema, options);
  const pool = new Tinypool({ filename: entry.href, minThreads: threads, maxThreads: threads, execArgv: workerExecArgv() });
  let report: ValidationReport | undefined;
  try {
    report = await validateDirectoryWith(dir, schema, options, (request, signal) => pool.run({ schema, request } satisfies ValidateTaskRequest, { signal }) as Promise<TableFirstPass>);
  } finally {
    await pool.destroy();
  }
  return report ?? validateDirectory(dir, schema, options);
}

/** Output size below which reading tables in workers costs more than it saves (about 500,000 rows of restaurants.ddl as CSV). */
export const MIN_BYTES_FOR_VALIDATION_WORKERS = 48 * 2 ** 20;

function bytesIn(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile()) total += statSync(join(dir, e.name)).size;
  return total;
}

/**
 * Worker threads for validating an output directory: `requested` when given, else one per
 * available core when its files hold {@link MIN_BYTES_FOR_VALIDATION_WORKERS} or more, else 1.
 */
export function validationWorkers(dir: string, requested?: number): number {
  if (requested !== undefined) return requested;
  try {
    return bytesIn(dir) >= MIN_BYTES_FOR_VALIDATION_WORKERS ? availableParallelism() : 1;
  } catch {
    return 1;
  }
}
