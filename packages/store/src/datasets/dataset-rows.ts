import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../store-database.js';

/** Datasets with their project's name, as `toDataset` reads them. */
export function datasetRows(db: Kysely<StoreDatabase>) {
  return db.selectFrom('rowforge.datasets as d').innerJoin('rowforge.projects as p', 'p.id', 'd.project_id')
    .select(['d.id', 'p.name as project', 'd.name', 'd.schema', 'd.plan', 'd.seed', 'd.row_counts', 'd.generator_version', 'd.validation', 'd.data_schema', 'd.created_at']);
}

/** The PostgreSQL schema holding a dataset's rows: `ds_` and the id's hex digits. */
export function dataSchemaFor(id: string): string {
  return `ds_${id.replace(/-/g, '')}`;
}
