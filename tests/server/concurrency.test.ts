import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiHarness, LIBRARY_DDL, STORE_KINDS } from './support/api-harness.js';

const JOBS = 10;

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

describe.each(STORE_KINDS)('10 concurrent generations on %s', (kind) => {
  let h: ApiHarness;
  beforeAll(async () => { h = await ApiHarness.open(kind, { concurrency: 3 }); });
  afterAll(async () => { await h.close(); });

  it('all complete, every dataset is intact in the store, and each is counted in the audit log', async () => {
    expect((await h.postJson('/api/projects', { name: 'burst' })).status).toBe(201);
    const requests = Array.from({ length: JOBS }, (_, i) => ({ schema: LIBRARY_DDL, numRecords: 20 + i, perTableRowCounts: { books: 100 + 10 * i }, seed: i, project: 'burst' }));
    const jobIds = await Promise.all(requests.map((r) => h.generate(r)));
    const jobs = await Promise.all(jobIds.map((id) => h.waitForJob(id)));
    expect(jobs.map((j) => [j.state, j.error])).toEqual(jobs.map(() => ['completed', null]));
    const datasetIds = jobs.map((j) => j.datasetId as string);
    expect(new Set(datasetIds).size).toBe(JOBS);
    for (const [i, id] of datasetIds.entries()) {
      const d = await h.store.datasets.get(id);
      expect(d?.rowCounts).toEqual([{ table: 'authors', rows: 20 + i }, { table: 'books', rows: 100 + 10 * i }]);
      expect(d?.validation?.ok).toBe(true);
      const schema = quote(d?.dataSchema ?? '');
      const [counts] = await h.test.query(`SELECT (SELECT count(*) FROM ${schema}.authors)::int AS authors, (SELECT count(*) FROM ${schema}.books)::int AS books,
        (SELECT count(*) FROM ${schema}.books b LEFT JOIN ${schema}.authors a ON a.id = b.author_id WHERE a.id IS NULL)::int AS orphans`);
      expect(counts).toEqual({ authors: 20 + i, books: 100 + 10 * i, orphans: 0 });
    }
    const audit = await h.store.audit.list('burst');
    const generated = audit.filter((a) => a.action === 'generate').map((a) => a.datasetId);
    expect(generated.sort()).toEqual([...datasetIds].sort());
    const listed = await h.getJson<{ datasets: { id: string }[] }>('/api/datasets?project=burst');
    expect(listed.body.datasets.map((d) => d.id).sort()).toEqual([...datasetIds].sort());
  });
});
