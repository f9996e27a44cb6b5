import { basename, extname } from 'node:path';
import type { GeneratedData, Plan, Schema, ValidationReport } from '@rowforge/core';
import type { Io } from '../../io.js';
import { ProgressBar } from '../../progress-bar.js';
import { withStore } from './with-store.js';

export interface SaveRequest {
  readonly schemaPath: string;
  readonly schema: Schema;
  readonly plan: Plan;
  readonly data: GeneratedData;
  readonly validation: ValidationReport | null;
  /** Default "default"; created if missing. */
  readonly project?: string | undefined;
}

/** `generate --save`: stores the run as a dataset named after the schema file; prints its id. */
export function saveDataset(r: SaveRequest, io: Io): Promise<string> {
  return withStore(async (store) => {
    const project = await store.projects.ensure(r.project ?? 'default');
    const bar = new ProgressBar();
    const name = basename(r.schemaPath, extname(r.schemaPath)) || 'dataset';
    const ds = await store.datasets.create({
      project: project.name, name, schema: r.schema, plan: r.plan, validation: r.validation, data: r.data,
      onProgress: (e) => bar.update(`store ${e.table}`, e.rowsDone, e.rowCount),
    });
    bar.done();
    io.out(`saved dataset ${ds.id} (${ds.name}) in project ${project.name}`);
    return ds.id;
  });
}
