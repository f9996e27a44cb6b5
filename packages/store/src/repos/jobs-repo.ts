import { randomUUID } from 'node:crypto';
import { RowforgeError } from '@rowforge/core';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { toJob, toJobEvent } from '../rows/store-rows.js';
import type { StoreDatabase } from '../store-database.js';
import type { Job, Store } from '../store-types.js';
import { projectId } from './project-id.js';
import { checkInput, Details, Id, ProjectName } from './store-input.js';

const JobPatch = z.object({
  state: z.enum(['queued', 'running', 'completed', 'failed']).optional(),
  progress: z.number().min(0).max(1).optional(),
  datasetId: z.string().nullable().optional(),
  error: z.string().nullable().optional(),
}).strict();

const notFound = (id: string): RowforgeError => new RowforgeError('JOB_NOT_FOUND', `no job with id "${id}"`, {});

/** Jobs with their project's name, as `Job` needs them. */
function jobs(db: Kysely<StoreDatabase>) {
  return db.selectFrom('rowforge.jobs as j').innerJoin('rowforge.projects as p', 'p.id', 'j.project_id')
    .select(['j.id', 'p.name as project', 'j.state', 'j.progress', 'j.dataset_id', 'j.error', 'j.created_at', 'j.updated_at']);
}

async function getJob(db: Kysely<StoreDatabase>, id: string): Promise<Job | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined;
  const row = await jobs(db).where('j.id', '=', id).executeTakeFirst();
  return row ? toJob(row) : undefined;
}

async function mustGetJob(db: Kysely<StoreDatabase>, id: string): Promise<Job> {
  const job = await getJob(db, id);
  if (job) return job;
  throw notFound(id);
}

async function updateJob(db: Kysely<StoreDatabase>, id: string, raw: unknown): Promise<Job> {
  const p = checkInput(JobPatch, raw, 'patch');
  if (!z.uuid().safeParse(id).success) throw notFound(id);
  const cleared = p.state === 'completed' && p.error === undefined ? { error: null } : {};
  const set = {
    updated_at: new Date().toISOString(),
    ...cleared,
    ...(p.state !== undefined ? { state: p.state } : {}),
    ...(p.progress !== undefined ? { progress: p.progress } : {}),
    ...(p.datasetId !== undefined ? { dataset_id: p.datasetId } : {}),
    ...(p.error !== undefined ? { error: p.error } : {}),
  };
  const r = await db.updateTable('rowforge.jobs').set(set).where('id', '=', id).returning('id').executeTakeFirst();
  if (!r) throw notFound(id);
  return mustGetJob(db, id);
}

/** Appends an event with the job's next sequence number (one statement, so concurrent appends never collide). */
async function appendEvent(db: Kysely<StoreDatabase>, jobId: string, name: string, data: Record<string, unknown>) {
  if (!z.uuid().safeParse(jobId).success) throw notFound(jobId);
  const json = JSON.stringify(checkInput(Details, data, 'data'));
  const r = await sql<{ seq: number; name: string; data: unknown }>`
    WITH s AS (UPDATE rowforge.jobs SET event_seq = event_seq + 1 WHERE id = ${jobId} RETURNING event_seq)
    INSERT INTO rowforge.job_events (job_id, seq, name, data) SELECT ${jobId}, event_seq, ${name}, ${json}::jsonb FROM s
    RETURNING seq, name, data`.execute(db);
  const row = r.rows[0];
  if (!row) throw notFound(jobId);
  return toJobEvent(row);
}

/** `store.jobs`: generation jobs, their progress and their event stream (SSE ids are `seq`). */
export function jobsRepo(db: Kysely<StoreDatabase>): Store['jobs'] {
  return {
    async create(j) {
      const pid = await projectId(db, checkInput(ProjectName, j.project, 'project'));
      const now = new Date().toISOString();
      const id = randomUUID();
      await db.insertInto('rowforge.jobs').values({ id, project_id: pid, state: 'queued', progress: 0, dataset_id: null, error: null, created_at: now, updated_at: now }).execute();
      return mustGetJob(db, id);
    },
    get: (id) => getJob(db, checkInput(Id, id, 'id')),
    update: (id, patch) => updateJob(db, id, patch),
    async failUnfinished(reason, ids) {
      if (ids !== undefined && ids.length === 0) return 0;
      let q = db.updateTable('rowforge.jobs').set({ state: 'failed', error: reason, updated_at: new Date().toISOString() })
        .where('state', 'in', ['queued', 'running']);
      if (ids !== undefined) q = q.where('id', 'in', checkInput(z.array(z.uuid()), ids, 'ids'));
      return (await q.returning('id').execute()).length;
    },
    appendEvent: (jobId, name, data) => appendEvent(db, jobId, checkInput(z.string().min(1), name, 'name'), data),
    async events(jobId, afterSeq = 0) {
      checkInput(z.number().int().min(0).max(2_147_483_647), afterSeq, 'afterSeq');
      await mustGetJob(db, jobId);
      const rows = await db.selectFrom('rowforge.job_events').select(['seq', 'name', 'data'])
        .where('job_id', '=', jobId).where('seq', '>', afterSeq).orderBy('seq').execute();
      return rows.map(toJobEvent);
    },
  };
}
