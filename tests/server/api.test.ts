import { GENERATION_EVENTS } from '@rowforge/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiHarness, LIBRARY_DDL, STORE_KINDS } from './support/api-harness.js';

describe.each(STORE_KINDS)('rowforge serve API on %s', (kind) => {
  let h: ApiHarness;
  beforeAll(async () => { h = await ApiHarness.open(kind, { maxRowsPerTable: 5000 }); });
  afterAll(async () => { await h.close(); });

  it('generates from JSON with seed 001 option names, streams the seed events in order, and stores the dataset', async () => {
    const jobId = await h.generate({ schema: LIBRARY_DDL, numRecords: 40, perTableRowCounts: { books: 120 }, seed: 42 });
    const events = await h.events(jobId);
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('generation:start');
    expect(names.at(-1)).toBe('generation:complete');
    const order = [...new Set(names)].map((n) => GENERATION_EVENTS.indexOf(n as never));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(names).toEqual(expect.arrayContaining(['schema:parsed', 'table:start', 'table:progress', 'table:complete', 'generation:validation', 'dataset:saved']));
    expect(events.map((e) => Number(e.id))).toEqual(events.map((_, i) => i + 1));
    expect(events.find((e) => e.event === 'generation:validation')?.data).toMatchObject({ ok: true, violationCount: 0 });
    const job = await h.waitForJob(jobId);
    expect(job).toMatchObject({ state: 'completed', progress: 1, error: null });
    const { body } = await h.getJson<{ rowCounts: unknown; validation: unknown }>(`/api/datasets/${job.datasetId ?? 'missing'}`);
    expect(body.rowCounts).toEqual([{ table: 'authors', rows: 40 }, { table: 'books', rows: 120 }]);
    expect(body.validation).toEqual({ ok: true, violationCount: 0 });
  });

  it('resumes the event stream after Last-Event-ID', async () => {
    const jobId = await h.generate({ schema: LIBRARY_DDL, numRecords: 20 });
    const all = await h.events(jobId);
    const rest = await h.events(jobId, 3);
    expect(rest.map((e) => e.id)).toEqual(all.slice(3).map((e) => e.id));
    expect(rest.map((e) => e.event)).toEqual(all.slice(3).map((e) => e.event));
    expect(await h.events(jobId, all.length)).toEqual([]);
  });

  it('accepts a multipart upload of the schema file with options as fields', async () => {
    const form = new FormData();
    form.set('schema', new File([LIBRARY_DDL], 'library.sql'));
    form.set('numRecords', '15');
    form.set('perTableRowCounts', '{"books":30}');
    form.set('seed', 'abc');
    const res = await h.request('/api/generate', { method: 'POST', body: form });
    expect(res.status).toBe(202);
    const job = await h.waitForJob(((await res.json()) as { jobId: string }).jobId);
    const { body } = await h.getJson<{ rowCounts: unknown; seed: string }>(`/api/datasets/${job.datasetId ?? 'missing'}`);
    expect(body).toMatchObject({ seed: 'abc', rowCounts: [{ table: 'authors', rows: 15 }, { table: 'books', rows: 30 }] });
  });

  it('lists datasets with row counts, pages tables, includes data on request, and deletes', async () => {
    const job = await h.waitForJob(await h.generate({ schema: LIBRARY_DDL, numRecords: 25, name: 'to delete' }));
    const id = job.datasetId as string;
    const list = await h.getJson<{ datasets: { id: string; totalRows: number }[] }>('/api/datasets');
    expect(list.body.datasets.find((d) => d.id === id)?.totalRows).toBe(50);
    const page = await h.getJson<{ columns: string[]; rows: unknown[][]; total: number; offset: number }>(`/api/datasets/${id}/tables/books?offset=20&limit=10`);
    expect(page.body).toMatchObject({ columns: ['id', 'author_id', 'title', 'pages', 'published'], total: 25, offset: 20 });
    expect(page.body.rows).toHaveLength(5);
    const full = await h.getJson<{ data: Record<string, { rows: unknown[]; truncated: boolean }> }>(`/api/datasets/${id}?includeData=true`);
    expect(full.body.data['authors']).toMatchObject({ total: 25, truncated: false });
    expect(full.body.data['authors']?.rows).toHaveLength(25);
    expect((await h.request(`/api/datasets/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await h.request(`/api/datasets/${id}`)).status).toBe(404);
  });

  it('creates projects, refuses duplicates, and shows each project\'s transactions', async () => {
    const created = await h.postJson('/api/projects', { name: 'library', description: 'books' });
    expect(created.status).toBe(201);
    expect((await h.postJson('/api/projects', { name: 'library' })).status).toBe(409);
    const job = await h.waitForJob(await h.generate({ schema: LIBRARY_DDL, numRecords: 5, project: 'library' }));
    await (await h.request(`/api/datasets/${job.datasetId ?? 'missing'}/export`)).arrayBuffer();
    const projects = await h.getJson<{ projects: { name: string }[] }>('/api/projects');
    expect(projects.body.projects.map((p) => p.name)).toContain('library');
    const tx = await h.getJson<{ transactions: { action: string; datasetId: string | null }[] }>('/api/projects/library/transactions');
    expect(tx.body.transactions.map((t) => t.action)).toEqual(['create', 'generate', 'export']);
    expect(tx.body.transactions[1]?.datasetId).toBe(job.datasetId);
  });

  it('parses an uploaded DDL into tables, keys and load order', async () => {
    const form = new FormData();
    form.set('file', new File([LIBRARY_DDL], 'library.sql'));
    const res = await h.request('/api/upload?parse=true', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { fileName: string; loadOrder: string[]; tables: { name: string; primaryKey: string[]; foreignKeys: unknown[] }[] };
    expect(body.fileName).toBe('library.sql');
    expect(body.loadOrder).toEqual(['authors', 'books']);
    expect(body.tables[1]).toMatchObject({ name: 'books', primaryKey: ['id'], foreignKeys: [{ columns: ['author_id'], references: 'authors', refColumns: ['id'] }] });
  });

  it('generates from the schema JSON an upload returned, posted back as an object', async () => {
    const parsed = await h.request('/api/upload?parse=true', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: LIBRARY_DDL });
    const { schema } = (await parsed.json()) as { schema: Record<string, unknown> };
    const job = await h.waitForJob(await h.generate({ schema, numRecords: 7, seed: 7 }));
    expect(job.state).toBe('completed');
    const page = await h.getJson<{ total: number }>(`/api/datasets/${job.datasetId ?? 'missing'}/tables/authors?limit=1`);
    expect(page.body.total).toBe(7);
  });

  it('reports health with migration status and the public config', async () => {
    const health = await h.getJson('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: true, database: { kind, ok: true }, migrations: { pending: [] } });
    const config = await h.getJson('/api/config');
    expect(config.body).toEqual({ maxRowsPerTable: 5000, defaultNumRecords: 100, maxBodyBytes: 1_048_576, maxPageRows: 1000, concurrency: 2, aiEnabled: false, model: null });
  });

  it('answers 501 with a clear message for the AI endpoints', async () => {
    const job = await h.waitForJob(await h.generate({ schema: LIBRARY_DDL, numRecords: 5 }));
    for (const res of [await h.postJson(`/api/datasets/${job.datasetId ?? 'missing'}/modify`, { prompt: 'more authors' }), await h.postJson('/api/v1/generate', { description: 'a shop', rows: 10 })]) {
      expect(res.status).toBe(501);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('NOT_IMPLEMENTED');
      expect(body.error.message).toMatch(/not available/);
    }
  });
});
