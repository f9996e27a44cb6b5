import type { Plan } from '../../plan/index.js';
import type { GeneratedData, Schema } from '../../schema/index.js';
import { pooledData } from './pooled-data.js';
import { RangePool } from './range-pool.js';
import { workerBundle } from './worker-bundle.js';
import { workerCount } from './worker-count.js';

/**
 * Runs `fn` on `data`, its rows generated and encoded by a pool of worker threads when the
 * run warrants one (see `workerCount`); the pool is stopped when `fn` settles. The bytes
 * written are the same for any number of workers.
 *
 * @example
 * ```ts
 * await withWorkers(schema, plan, generate(schema, plan), 4, (data) => writeOutput(data, options))
 * ```
 */
export async function withWorkers<T>(schema: Schema, plan: Plan, data: GeneratedData, requested: number | undefined, fn: (data: GeneratedData) => Promise<T>): Promise<T> {
  const workers = workerCount(requested, data);
  if (workers <= 1) return fn(data);
  const entry = await workerBundle();
  const pool = new RangePool({ schema, plan, data, workers, ...(entry ? { entry } : {}) });
  try {
    return await fn(pooledData(data, pool));
  } finally {
    await pool.close();
  }
}
