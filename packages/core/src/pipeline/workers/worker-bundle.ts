import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esmBundle } from '../../util/esm-bundle.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

/** A worker module of this folder: `range-task` (generation) or `validate-task` (validation). */
export type WorkerTask = 'range-task' | 'validate-task';

/**
 * A worker entry as one plain JavaScript module: the TypeScript sources of `<task>.ts`
 * (generation: `range-task`, validation: `validate-task`) bundled by esbuild into
 * `.bundle/<task>-<hash>/` next to them (packages stay external), made again whenever one of
 * those sources changes. A worker then starts without tsx, about 0.35 s sooner.
 * Undefined when no bundle can be made (esbuild missing, the folder read-only, or no
 * TypeScript sources): the pool then falls back to `worker-entry.mjs`.
 * See docs/decisions/0007-worker-start-up.md.
 */
export function workerBundle(task: WorkerTask = 'range-task'): Promise<URL | undefined> {
  return esmBundle({ name: task, entry: join(HERE, `${task}.ts`), root: join(HERE, '..', '..'), dir: join(HERE, '.bundle') });
}
