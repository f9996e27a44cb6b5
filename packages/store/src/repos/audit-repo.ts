import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { toAuditEntry } from '../rows/store-rows.js';
import type { StoreDatabase } from '../store-database.js';
import type { AuditAction, AuditEntry, Store } from '../store-types.js';
import { projectId } from './project-id.js';
import { checkInput, Details, ProjectName } from './store-input.js';

export interface AuditInput {
  readonly action: AuditAction;
  readonly datasetId?: string | undefined;
  readonly details?: Record<string, unknown> | undefined;
}

/** Appends one audit entry for project `project` (id `pid`) on `db` (a transaction or the store). */
export async function insertAudit(db: Kysely<StoreDatabase>, pid: string, project: string, e: AuditInput): Promise<AuditEntry> {
  const row = {
    id: randomUUID(), project_id: pid, action: e.action, dataset_id: e.datasetId ?? null,
    details: JSON.stringify(checkInput(Details, e.details ?? {}, 'details')), at: new Date().toISOString(),
  };
  const saved = await db.insertInto('rowforge.audit_log').values(row).returning(['id', 'action', 'dataset_id', 'details', 'at']).executeTakeFirstOrThrow();
  return toAuditEntry({ ...saved, project });
}

/** `store.audit`: the per-project log of every create, generate, modify, export and delete. */
export function auditRepo(db: Kysely<StoreDatabase>): Store['audit'] {
  return {
    async record(e) {
      const name = checkInput(ProjectName, e.project, 'project');
      return insertAudit(db, await projectId(db, name), name, e);
    },
    async list(project) {
      const pid = await projectId(db, project);
      const rows = await db.selectFrom('rowforge.audit_log').select(['id', 'action', 'dataset_id', 'details', 'at'])
        .where('project_id', '=', pid).orderBy('seq').execute();
      return rows.map((r) => toAuditEntry({ ...r, project }));
    },
  };
}
