// Entry of Rowforge's generation workers (worker_threads, via tinypool).
// The sources are TypeScript run through tsx. Node 20 does not carry the main thread's tsx
// hooks into a worker (neither `--import tsx` in execArgv), so each worker registers tsx itself
// before importing the task. A build that ships range-task.js needs no tsx. Pools normally start
// from the esbuild bundle of worker-bundle.ts instead (decision 0007); this file is the fallback.
// See docs/decisions/0006-worker-pool.md.
import { existsSync } from 'node:fs';

const ts = new URL('./range-task.ts', import.meta.url);
const isTs = existsSync(ts);
if (isTs) {
  const { register } = await import('tsx/esm/api');
  register();
}
const task = await import(isTs ? ts.href : new URL('./range-task.js', import.meta.url).href);

export default task.default;
