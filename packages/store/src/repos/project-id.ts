import { RowforgeError } from '@rowforge/core';
import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../store-database.js';

/** The id of the project named `name`; PROJECT_NOT_FOUND when there is none. */
export async function projectId(db: Kysely<StoreDatabase>, name: string): Promise<string> {
  const row = await db.selectFrom('rowforge.projects').select('id').where('name', '=', name).executeTakeFirst();
  if (row) return row.id;
  throw new RowforgeError('PROJECT_NOT_FOUND', `no project named "${name}"`, { hint: 'list them with `rowforge projects list`' });
}
