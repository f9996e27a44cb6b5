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
  // From the bundle a worker is up in ~0.3–0.5 s, and this thread encoding meanwhile only slows
  // the workers' start on few cores (10⁶ rows, 2 cores: 3.55 vs 3.79 s in 5 alternating pairs);
  // through tsx (no bundle) starting takes ~1 s, and help pays.
  const pool = new RangePool({ schema, plan, data, workers, helpWhileStarting: entry === undefined, ...(entry ? { entry } : {}) });
  try {
    return await fn(pooledData(data, pool));
  } finally {
    await pool.close();
  }
}
