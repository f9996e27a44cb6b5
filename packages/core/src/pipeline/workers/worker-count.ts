import { availableParallelism } from 'node:os';
import { RowforgeError } from '../../errors/index.js';
import type { GeneratedData } from '../../schema/index.js';

/**
 * Below this many rows in all, starting workers costs more than it saves: measured break-even
 * ~500 k rows on the 2-vCPU bench VM once workers start from the esbuild bundle (restaurants.ddl:
 * 300 k rows 1.62 s in one thread vs 1.99 s with two workers; 600 k rows 2.85 s vs 2.64 s;
 * docs/performance.md). An explicit worker count always gets a pool.
 */
export const MIN_ROWS_FOR_WORKERS = 500_000;

/**
 * How many worker threads a run uses: `requested` when given (1 = in this thread, no pool),
 * else, for runs of at least {@link MIN_ROWS_FOR_WORKERS} rows, one per available core but the
 * `reserved` ones (cores something else on this machine needs, such as PostgreSQL's COPY
 * backends for `--into postgres`), at least one.
 */
export function workerCount(requested: number | undefined, data: GeneratedData, reserved = 0): number {
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < 1) throw new RowforgeError('USAGE', `workers must be a positive integer, got ${requested}`, { hint: 'e.g. --workers 4; --workers 1 generates in the main thread' });
    return requested;
  }
  const rows = data.tables.reduce((n, t) => n + t.rowCount, 0);
  return rows < MIN_ROWS_FOR_WORKERS ? 1 : Math.max(1, availableParallelism() - reserved);
}
