import { randomUUID } from 'node:crypto';
import { RowforgeError } from '@rowforge/core';
import type { Kysely } from 'kysely';
import type { StoreBackend } from '../backend/store-backend.js';
import { toProject } from '../rows/store-rows.js';
import type { StoreDatabase } from '../store-database.js';
import type { Project, Store } from '../store-types.js';
import { insertAudit } from './audit-repo.js';
import { checkInput, Description, ProjectName } from './store-input.js';

const COLUMNS = ['id', 'name', 'description', 'created_at'] as const;

/** Inserts the project unless the name is taken (then undefined); audits `create`. */
async function insertProject(trx: Kysely<StoreDatabase>, name: string, description: string): Promise<Project | undefined> {
  const row = { id: randomUUID(), name, description, created_at: new Date().toISOString() };
  const saved = await trx.insertInto('rowforge.projects').values(row).onConflict((oc) => oc.column('name').doNothing()).returning(COLUMNS).executeTakeFirst();
  if (!saved) return undefined;
  await insertAudit(trx, saved.id, name, { action: 'create', details: { description } });
  return toProject(saved);
}

async function getProject(db: Kysely<StoreDatabase>, name: string): Promise<Project | undefined> {
  const row = await db.selectFrom('rowforge.projects').select(COLUMNS).where('name', '=', name).executeTakeFirst();
  return row ? toProject(row) : undefined;
}

/** `store.projects`: unique names; creating one audits `create`. */
export function projectsRepo(backend: StoreBackend): Store['projects'] {
  const { db } = backend;
  return {
    async create(p) {
      const name = checkInput(ProjectName, p.name, 'name');
      const description = checkInput(Description, p.description ?? '', 'description');
      const made = await backend.transaction((trx) => insertProject(trx, name, description));
      if (made) return made;
      throw new RowforgeError('PROJECT_EXISTS', `a project named "${name}" already exists`, { hint: 'pick another name, or use the existing project' });
    },
    async ensure(raw) {
      const name = checkInput(ProjectName, raw, 'name');
      return backend.transaction(async (trx) => (await insertProject(trx, name, '')) ?? (await getProject(trx, name)) as Project);
    },
    get: (name) => getProject(db, name),
    async list() {
      const rows = await db.selectFrom('rowforge.projects').select(COLUMNS).orderBy('name').execute();
      return rows.map(toProject);
    },
  };
}
