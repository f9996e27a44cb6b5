import { ExitCodes, RowforgeError } from '@rowforge/core';
import type { Dataset, Store } from '@rowforge/store';
import type { Io } from '../../io.js';
import { shortTime, textTable } from './text-table.js';
import { withStore } from './with-store.js';

const totalRows = (d: Dataset): number => d.rowCounts.reduce((n, t) => n + t.rows, 0);

/** The dataset with `id`; DATASET_NOT_FOUND with a hint otherwise. */
export async function mustGetDataset(store: Store, id: string): Promise<Dataset> {
  const d = await store.datasets.get(id);
  if (d) return d;
  throw new RowforgeError('DATASET_NOT_FOUND', `no dataset with id "${id}"`, { hint: 'list them with `rowforge datasets list`' });
}

/** `rowforge datasets list [--project NAME]`. */
export function datasetsList(flags: { project?: string; json: boolean }, io: Io): Promise<number> {
  return withStore(async (store) => {
    const list = await store.datasets.list(flags.project !== undefined ? { project: flags.project } : {});
    if (flags.json) io.out(JSON.stringify(list.map(({ schema: _s, plan: _p, validation: _v, ...meta }) => meta), null, 2));
    else if (list.length === 0) io.out('no datasets yet; store one with `rowforge generate SCHEMA --save`');
    else textTable(['ID', 'PROJECT', 'NAME', 'TABLES', 'ROWS', 'CREATED'], list.map((d) => [d.id, d.project, d.name, String(d.rowCounts.length), totalRows(d).toLocaleString('en-US'), shortTime(d.createdAt)])).forEach((l) => io.out(l));
    return ExitCodes.ok;
  });
}

function describeDataset(d: Dataset): string[] {
  const v = d.validation;
  return [
    `dataset ${d.id} — ${d.name} (project ${d.project})`,
    `created ${shortTime(d.createdAt)}; seed ${d.seed}; generator ${d.generatorVersion}`,
    `rows in the store: schema ${d.dataSchema}`,
    ...textTable(['TABLE', 'ROWS'], d.rowCounts.map((t) => [t.table, t.rows.toLocaleString('en-US')])).map((l) => `  ${l}`),
    v ? `validation: ${v.ok ? '0 violations' : `${v.violationCount} violation(s)`}` : 'validation: not run',
  ];
}

/** `rowforge datasets show ID`. */
export function datasetsShow(id: string, flags: { json: boolean }, io: Io): Promise<number> {
  return withStore(async (store) => {
    const d = await mustGetDataset(store, id);
    if (flags.json) io.out(JSON.stringify(d, null, 2));
    else describeDataset(d).forEach((l) => io.out(l));
    return ExitCodes.ok;
  });
}

/** `rowforge datasets delete ID`: drops its rows and metadata (audited). */
export function datasetsDelete(id: string, io: Io): Promise<number> {
  return withStore(async (store) => {
    const d = await mustGetDataset(store, id);
    await store.datasets.delete(id);
    io.out(`deleted dataset ${d.id} (${d.name}, ${totalRows(d).toLocaleString('en-US')} rows) from project ${d.project}`);
    return ExitCodes.ok;
  });
}
