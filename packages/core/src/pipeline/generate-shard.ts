import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { RowforgeError } from '../errors/index.js';
import { generate } from '../engine/index.js';
import type { Plan } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { writeOutput, type OutputSummary, type Part, type Target } from '../sinks/index.js';
import { removeQuietly, stagingPath } from './commit-directory.js';
import { shardOf } from './shard-of.js';
import { withWorkers } from './workers/with-workers.js';

export interface GenerateShardOptions {
  readonly schema: Schema;
  readonly plan: Plan;
  /** Directory the shards share (created if missing); each part's files are moved in. */
  readonly dir: string;
  readonly format: 'csv' | 'ndjson';
  readonly target: Target;
  readonly part: Part;
  readonly overwrite?: boolean;
  readonly onProgress?: (e: { table: string; rowsDone: number; rowCount: number }) => void;
  /** Worker threads for this shard's row ranges (see `GenerateToDirectoryOptions.workers`). */
  readonly workers?: number;
}

function makeDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new RowforgeError('OUTPUT_UNWRITABLE', `cannot create output directory "${dir}": ${(e as Error).message}`, { path: dir });
  }
}

function moveInto(staging: string, dir: string, overwrite: boolean): void {
  const names = readdirSync(staging);
  const clash = overwrite ? undefined : names.find((n) => existsSync(join(dir, n)));
  if (clash) throw new RowforgeError('OUTPUT_EXISTS', `"${join(dir, clash)}" already exists`, { path: join(dir, clash), hint: 'another run wrote this part; pass --overwrite to replace it' });
  for (const n of names) renameSync(join(staging, n), join(dir, n));
}

/**
 * Writes one shard of a run into a shared directory: its table part files (plus `schema.sql`,
 * `constraints.sql` and `plan.json` from part 0) and `manifest.part-….json`. Each part is
 * written to a staging directory first and moved in only when complete; rerunning a failed
 * part regenerates the same bytes. `mergeShards` joins the parts.
 */
export async function generateShard(o: GenerateShardOptions): Promise<OutputSummary> {
  const whole = generate(o.schema, o.plan);
  const staging = stagingPath(join(o.dir, `.part-${o.part.index}-of-${o.part.count}`), 'stage');
  try {
    makeDirectory(o.dir);
    const extraFiles: Record<string, string> = o.part.index === 0 ? { 'plan.json': `${JSON.stringify(o.plan, null, 2)}\n` } : {};
    const summary = await withWorkers(o.schema, o.plan, whole, o.workers, (data) => writeOutput(shardOf(data, o.part), { dir: staging, format: o.format, target: o.target, part: o.part, extraFiles, overwrite: true, ...(o.onProgress ? { onProgress: o.onProgress } : {}) }));
    moveInto(staging, o.dir, o.overwrite ?? false);
    return summary;
  } finally {
    removeQuietly(staging);
  }
}
