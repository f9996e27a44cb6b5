import { randomUUID } from 'node:crypto';
import { loadIntoSession, type PgSession } from '@rowforge/core';
import type { Kysely } from 'kysely';
import { insertAudit } from '../repos/audit-repo.js';
import { projectId } from '../repos/project-id.js';
import type { StoreDatabase } from '../store-database.js';
import { reportOf, type Dataset, type NewDataset, type TableCount } from '../store-types.js';
import type { ValidationReport } from '@rowforge/core';
import { dataSchemaFor } from './dataset-rows.js';

function datasetRow(d: NewDataset, validation: ValidationReport | null, id: string, pid: string, rowCounts: readonly TableCount[], createdAt: string) {
  return {
    id, project_id: pid, name: d.name, schema: JSON.stringify(d.schema), plan: JSON.stringify(d.plan), seed: d.data.seed,
    row_counts: JSON.stringify(rowCounts), generator_version: d.data.generatorVersion,
    validation: validation === null ? null : JSON.stringify(validation), data_schema: dataSchemaFor(id), created_at: createdAt,
  };
}

/**
 * Inside the caller's transaction: loads the rows into a new schema `ds_<id>` through core's
 * COPY path (every constraint on and checked at the end), records the dataset and audits
 * `generate`. A failure anywhere rolls all of it back. A `d.validation` function is called once
 * every row was loaded, so a report a reader of `d.data` completes as the rows stream (the server's
 * validation tap) is the one saved, in the same transaction.
 */
export async function insertDataset(trx: Kysely<StoreDatabase>, session: PgSession, d: NewDataset): Promise<Dataset> {
  const pid = await projectId(trx, d.project);
  const id = randomUUID();
  const summary = await loadIntoSession(session, d.data, { schema: dataSchemaFor(id), ...(d.onProgress ? { onProgress: d.onProgress } : {}) });
  const rowCounts = summary.tables.map((t) => ({ table: t.name, rows: t.rows }));
  const createdAt = new Date().toISOString();
  const validation = reportOf(d.validation);
  await trx.insertInto('rowforge.datasets').values(datasetRow(d, validation, id, pid, rowCounts, createdAt)).execute();
  const rows = rowCounts.reduce((n, t) => n + t.rows, 0);
  await insertAudit(trx, pid, d.project, { action: 'generate', datasetId: id, details: { name: d.name, tables: rowCounts.length, rows } });
  return {
    id, project: d.project, name: d.name, schema: d.schema, plan: d.plan, seed: d.data.seed, rowCounts,
    generatorVersion: d.data.generatorVersion, validation, dataSchema: dataSchemaFor(id), createdAt,
  };
}
