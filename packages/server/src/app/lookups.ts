import { RowforgeError, findTable, type Table } from '@rowforge/core';
import type { Dataset, Job, Project, Store } from '@rowforge/store';

/** The dataset, or 404 `DATASET_NOT_FOUND`. */
export async function requireDataset(store: Store, id: string): Promise<Dataset> {
  const d = await store.datasets.get(id);
  if (!d) throw new RowforgeError('DATASET_NOT_FOUND', `no dataset with id "${id}"`, { datasetId: id });
  return d;
}

/** The dataset's table (case-insensitive), or 404 `DATASET_TABLE_NOT_FOUND`. */
export function requireTable(dataset: Dataset, name: string): Table {
  const t = findTable(dataset.schema, name);
  if (!t) throw new RowforgeError('DATASET_TABLE_NOT_FOUND', `dataset ${dataset.id} has no table "${name}"`, { table: name, tables: dataset.schema.tables.map((x) => x.name) });
  return t;
}

/** The job, or 404 `JOB_NOT_FOUND`. */
export async function requireJob(store: Store, id: string): Promise<Job> {
  const j = await store.jobs.get(id);
  if (!j) throw new RowforgeError('JOB_NOT_FOUND', `no job with id "${id}"`, { jobId: id });
  return j;
}

/** The project, or 404 `PROJECT_NOT_FOUND`; "default" is created on first use. */
export async function requireProject(store: Store, name: string): Promise<Project> {
  if (name === 'default') return store.projects.ensure(name);
  const p = await store.projects.get(name);
  if (!p) throw new RowforgeError('PROJECT_NOT_FOUND', `no project named "${name}"`, { project: name, hint: 'create it with POST /api/projects' });
  return p;
}
