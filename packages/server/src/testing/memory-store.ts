import { randomUUID } from 'node:crypto';
import { GENERATOR_VERSION, RowforgeError, streamBatches, textFormatter, type Row, type TableData } from '@rowforge/core';
import { reportOf, type AuditEntry, type Dataset, type Job, type JobEvent, type NewDataset, type Project, type Store } from '@rowforge/store';

type TextRows = (string | null)[][];
type Record_ = Store['audit']['record'];

/** The in-memory store, with a switch to make the next `datasets.create` fail after loading. */
export type MemoryStore = Store & { failNextCreate?: Error };

const now = (): string => new Date().toISOString();

function textRows(t: TableData, rows: readonly Row[]): TextRows {
  const fmt = t.table.columns.map((c) => textFormatter(c.type, 'postgres'));
  return rows.map((r) => r.map((v, i) => (v === null ? null : (fmt[i] as (x: typeof v) => string)(v))));
}

async function loadTables(d: NewDataset): Promise<Map<string, TextRows>> {
  const out = new Map<string, TextRows>();
  for (const t of d.data.tables) {
    const rows: TextRows = [];
    await streamBatches(t, (b) => rows.push(...textRows(t, b)), d.onProgress);
    out.set(t.table.name, rows);
  }
  return out;
}

function memoryAudit(): Store['audit'] {
  const entries: AuditEntry[] = [];
  return {
    record: async (e) => {
      const entry: AuditEntry = { id: randomUUID(), project: e.project, action: e.action, datasetId: e.datasetId ?? null, details: e.details ?? {}, at: now() };
      entries.push(entry);
      return entry;
    },
    list: async (project) => entries.filter((a) => a.project === project),
  };
}

function memoryProjects(record: Record_): Store['projects'] {
  const projects = new Map<string, Project>();
  const create = async (p: { name: string; description?: string }): Promise<Project> => {
    if (projects.has(p.name)) throw new RowforgeError('PROJECT_EXISTS', `project "${p.name}" already exists`);
    const project = { id: randomUUID(), name: p.name, description: p.description ?? '', createdAt: now() };
    projects.set(p.name, project);
    await record({ project: p.name, action: 'create' });
    return project;
  };
  return { create, ensure: async (name) => projects.get(name) ?? create({ name }), get: async (name) => projects.get(name), list: async () => [...projects.values()] };
}

function datasetOf(id: string, d: NewDataset, tables: Map<string, TextRows>): Dataset {
  return {
    id, project: d.project, name: d.name, schema: d.schema, plan: d.plan, seed: d.plan.seed,
    rowCounts: [...tables].map(([table, r]) => ({ table, rows: r.length })), generatorVersion: GENERATOR_VERSION,
    validation: reportOf(d.validation), dataSchema: `ds_${id.slice(0, 8)}`, createdAt: now(),
  };
}

function memoryDatasets(self: { failNextCreate?: Error }, record: Record_): Store['datasets'] {
  const datasets = new Map<string, { dataset: Dataset; rows: Map<string, TextRows> }>();
  const must = (id: string): { dataset: Dataset; rows: Map<string, TextRows> } => {
    const d = datasets.get(id);
    if (!d) throw new RowforgeError('DATASET_NOT_FOUND', `no dataset with id "${id}"`);
    return d;
  };
  return {
    create: async (d) => {
      const rows = await loadTables(d);
      const failure = self.failNextCreate;
      delete self.failNextCreate;
      if (failure) throw failure;
      const dataset = datasetOf(randomUUID(), d, rows);
      datasets.set(dataset.id, { dataset, rows });
      await record({ project: d.project, action: 'generate', datasetId: dataset.id });
      return dataset;
    },
    get: async (id) => datasets.get(id)?.dataset,
    list: async (filter) => [...datasets.values()].map((d) => d.dataset).filter((d) => filter?.project === undefined || d.project === filter.project),
    page: async (id, table, offset, limit) => {
      const { dataset, rows } = must(id);
      const t = dataset.schema.tables.find((x) => x.name === table);
      const all = rows.get(table);
      if (!t || !all) throw new RowforgeError('DATASET_TABLE_NOT_FOUND', `no table "${table}" in dataset ${id}`);
      return { table, columns: t.columns.map((c) => c.name), rows: all.slice(offset, offset + limit), offset, limit, total: all.length };
    },
    delete: async (id) => {
      const { dataset } = must(id);
      datasets.delete(id);
      await record({ project: dataset.project, action: 'delete', datasetId: id });
    },
  };
}

function memoryJobs(): Store['jobs'] {
  const jobs = new Map<string, Job>();
  const events = new Map<string, JobEvent[]>();
  const unfinished = (j: Job): boolean => j.state === 'queued' || j.state === 'running';
  return {
    create: async (j) => {
      const job: Job = { id: randomUUID(), project: j.project, state: 'queued', progress: 0, datasetId: null, error: null, createdAt: now(), updatedAt: now() };
      jobs.set(job.id, job);
      return job;
    },
    get: async (id) => jobs.get(id),
    update: async (id, patch) => {
      const job = jobs.get(id);
      if (!job) throw new RowforgeError('JOB_NOT_FOUND', `no job with id "${id}"`);
      const cleared = patch.state === 'completed' && patch.error === undefined ? { error: null } : {};
      const next = { ...job, ...cleared, ...patch, updatedAt: now() };
      jobs.set(id, next);
      return next;
    },
    failUnfinished: async (reason, ids) => {
      const stale = [...jobs.values()].filter(unfinished).filter((j) => ids === undefined || ids.includes(j.id));
      for (const j of stale) jobs.set(j.id, { ...j, state: 'failed', error: reason, updatedAt: now() });
      return stale.length;
    },
    appendEvent: async (jobId, name, data) => {
      const list = events.get(jobId) ?? [];
      const event = { seq: list.length + 1, name, data };
      events.set(jobId, [...list, event]);
      return event;
    },
    events: async (jobId, afterSeq = 0) => (events.get(jobId) ?? []).filter((e) => e.seq > afterSeq),
  };
}

/**
 * An in-memory `Store` for the server's unit tests: the same contract, no database. Rows are
 * kept as PostgreSQL text cells; nothing persists.
 */
export function memoryStore(): MemoryStore {
  const audit = memoryAudit();
  const record: Record_ = (e) => audit.record(e);
  const switches: { failNextCreate?: Error } = {};
  return Object.assign(switches, {
    kind: 'pglite' as const,
    health: async () => ({ ok: true, kind: 'pglite' as const, migrations: { applied: ['memory'], pending: [] } }),
    projects: memoryProjects(record),
    datasets: memoryDatasets(switches, record),
    jobs: memoryJobs(),
    audit,
    close: async () => undefined,
  });
}
