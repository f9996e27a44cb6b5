import { RowforgeError, sqlSyntax } from '@rowforge/core';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { StoreBackend } from '../backend/store-backend.js';
import { datasetRows } from '../datasets/dataset-rows.js';
import { insertDataset } from '../datasets/insert-dataset.js';
import { pageTable } from '../datasets/page-table.js';
import { toDataset } from '../rows/store-rows.js';
import type { StoreDatabase } from '../store-database.js';
import type { Dataset, Store } from '../store-types.js';
import { insertAudit } from './audit-repo.js';
import { projectId } from './project-id.js';
import { checkInput, ProjectName } from './store-input.js';

const DatasetName = z.string().trim().min(1, 'must not be empty').max(200);
const PageWindow = z.object({ offset: z.number().int().nonnegative(), limit: z.number().int().nonnegative() });
const notFound = (id: string): RowforgeError => new RowforgeError('DATASET_NOT_FOUND', `no dataset with id "${id}"`, { hint: 'list them with `rowforge datasets list`' });

async function getDataset(db: Kysely<StoreDatabase>, id: string): Promise<Dataset | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined;
  const row = await datasetRows(db).where('d.id', '=', id).executeTakeFirst();
  return row ? toDataset(row) : undefined;
}

async function mustGetDataset(db: Kysely<StoreDatabase>, id: string): Promise<Dataset> {
  return (await getDataset(db, id)) ?? Promise.reject(notFound(id));
}

/** Drops the rows' schema and the metadata, and audits `delete`, in one transaction. */
async function deleteDataset(trx: Kysely<StoreDatabase>, id: string): Promise<void> {
  const ds = await mustGetDataset(trx, id);
  await sql.raw(`DROP SCHEMA IF EXISTS ${sqlSyntax('postgres').quoteIdent(ds.dataSchema)} CASCADE`).execute(trx);
  await trx.deleteFrom('rowforge.datasets').where('id', '=', id).execute();
  await insertAudit(trx, await projectId(trx, ds.project), ds.project, { action: 'delete', datasetId: id, details: { name: ds.name } });
}

/** `store.datasets`: metadata plus the rows, loaded into schema `ds_<id>` of the store. */
export function datasetsRepo(backend: StoreBackend): Store['datasets'] {
  const { db } = backend;
  return {
    create(d) {
      const checked = { ...d, project: checkInput(ProjectName, d.project, 'project'), name: checkInput(DatasetName, d.name, 'name') };
      return backend.transaction((trx, session) => insertDataset(trx, session, checked));
    },
    get: (id) => getDataset(db, id),
    async list(filter = {}) {
      let q = datasetRows(db).orderBy('d.created_at').orderBy('d.id');
      if (filter.project !== undefined) q = q.where('d.project_id', '=', await projectId(db, filter.project));
      return (await q.execute()).map(toDataset);
    },
    async page(id, table, offset, limit) {
      const w = checkInput(PageWindow, { offset, limit }, 'page');
      return pageTable(db, await mustGetDataset(db, id), table, w.offset, w.limit);
    },
    delete: (id) => backend.transaction((trx) => deleteDataset(trx, id)),
  };
}
