import { isRowforgeError, type ErrorCode } from '@rowforge/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store-types.js';
import { openTestStore, type TestStore, type TestStoreKind } from './open-test-store.js';
import { failingMidway, shopDataset } from './sample-dataset.js';

/** Resolves to the RowforgeError code `p` rejects with (fails the test if it resolves). */
async function codeOf(p: Promise<unknown>): Promise<ErrorCode> {
  const e: unknown = await p.then(() => new Error('expected a rejection'), (x: unknown) => x);
  if (!isRowforgeError(e)) throw e;
  return e.code;
}

function projectsContract(s: () => Store): void {
  it('creates projects with unique names, audits the creation, and lists them by name', async () => {
    const b = await s().projects.create({ name: 'beta', description: 'second' });
    await s().projects.create({ name: 'alpha' });
    expect(b).toMatchObject({ name: 'beta', description: 'second' });
    expect(Date.parse(b.createdAt)).not.toBeNaN();
    expect((await s().projects.list()).map((p) => p.name)).toEqual(['alpha', 'beta']);
    expect(await s().projects.get('beta')).toEqual(b);
    expect(await s().projects.get('nope')).toBeUndefined();
    expect(await codeOf(s().projects.create({ name: 'beta' }))).toBe('PROJECT_EXISTS');
    expect(await codeOf(s().projects.create({ name: '  ' }))).toBe('REQUEST_INVALID');
    expect((await s().audit.list('beta')).map((a) => a.action)).toEqual(['create']);
  });

  it('ensure creates a project once, however many callers race for it', async () => {
    const all = await Promise.all(Array.from({ length: 5 }, () => s().projects.ensure('default')));
    expect(new Set(all.map((p) => p.id)).size).toBe(1);
    expect((await s().audit.list('default')).filter((a) => a.action === 'create')).toHaveLength(1);
  });
}

function auditContract(s: () => Store): void {
  it('records entries per project in order, with details, and refuses unknown projects', async () => {
    await s().projects.create({ name: 'p' });
    await s().audit.record({ project: 'p', action: 'modify', details: { field: 'rows', to: 5 } });
    await s().audit.record({ project: 'p', action: 'export', datasetId: '6f1c1d1e-0000-4000-8000-000000000000' });
    const log = await s().audit.list('p');
    expect(log.map((a) => a.action)).toEqual(['create', 'modify', 'export']);
    expect(log[1]).toMatchObject({ project: 'p', details: { field: 'rows', to: 5 }, datasetId: null });
    expect(log[2]?.datasetId).toBe('6f1c1d1e-0000-4000-8000-000000000000');
    expect(await codeOf(s().audit.record({ project: 'ghost', action: 'modify' }))).toBe('PROJECT_NOT_FOUND');
    expect(await codeOf(s().audit.list('ghost'))).toBe('PROJECT_NOT_FOUND');
  });
}

function jobsContract(s: () => Store): void {
  it('creates queued jobs, patches them, and validates the patch', async () => {
    await s().projects.create({ name: 'p' });
    const job = await s().jobs.create({ project: 'p' });
    expect(job).toMatchObject({ project: 'p', state: 'queued', progress: 0, datasetId: null, error: null });
    const running = await s().jobs.update(job.id, { state: 'running', progress: 0.25 });
    expect(running).toMatchObject({ state: 'running', progress: 0.25 });
    expect(await s().jobs.get(job.id)).toEqual(running);
    expect(await s().jobs.get('not-a-uuid')).toBeUndefined();
    expect(await codeOf(s().jobs.update(job.id, { progress: 1.5 }))).toBe('REQUEST_INVALID');
    expect(await codeOf(s().jobs.update('00000000-0000-4000-8000-000000000000', { progress: 1 }))).toBe('JOB_NOT_FOUND');
    expect(await codeOf(s().jobs.create({ project: 'ghost' }))).toBe('PROJECT_NOT_FOUND');
  });

  it('numbers events 1, 2, 3… per job, even when appended concurrently, and resumes after a seq', async () => {
    await s().projects.create({ name: 'p' });
    const [a, b] = [await s().jobs.create({ project: 'p' }), await s().jobs.create({ project: 'p' })];
    const seqs = await Promise.all(Array.from({ length: 20 }, (_, i) => s().jobs.appendEvent(a.id, 'progress', { i }).then((e) => e.seq)));
    expect([...seqs].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await s().jobs.appendEvent(b.id, 'started', {})).seq).toBe(1);
    const after = await s().jobs.events(a.id, 18);
    expect(after.map((e) => e.seq)).toEqual([19, 20]);
    expect(after[0]?.name).toBe('progress');
    expect((await s().jobs.events(a.id)).length).toBe(20);
    expect(await codeOf(s().jobs.appendEvent('00000000-0000-4000-8000-000000000000', 'x', {}))).toBe('JOB_NOT_FOUND');
  });

  it('failUnfinished fails queued and running jobs with the reason and leaves finished ones', async () => {
    await s().projects.create({ name: 'p' });
    const ids = await Promise.all(['queued', 'running', 'completed', 'failed'].map(async (state) => {
      const j = await s().jobs.create({ project: 'p' });
      if (state !== 'queued') await s().jobs.update(j.id, { state: state as 'running', error: state === 'failed' ? 'earlier' : null });
      return j.id;
    }));
    expect(await s().jobs.failUnfinished('server restarted')).toBe(2);
    const jobs = await Promise.all(ids.map((id) => s().jobs.get(id)));
    expect(jobs.map((j) => [j?.state, j?.error])).toEqual([['failed', 'server restarted'], ['failed', 'server restarted'], ['completed', null], ['failed', 'earlier']]);
  });

  it('failUnfinished with ids fails only those jobs (a runner\'s own at shutdown)', async () => {
    await s().projects.create({ name: 'p' });
    const [mine, other] = [await s().jobs.create({ project: 'p' }), await s().jobs.create({ project: 'p' })];
    expect(await s().jobs.failUnfinished('shut down', [])).toBe(0);
    expect(await s().jobs.failUnfinished('shut down', [mine.id])).toBe(1);
    expect([(await s().jobs.get(mine.id))?.state, (await s().jobs.get(other.id))?.state]).toEqual(['failed', 'queued']);
  });

  it('update to completed clears an earlier error; a bad afterSeq is REQUEST_INVALID', async () => {
    await s().projects.create({ name: 'p' });
    const j = await s().jobs.create({ project: 'p' });
    await s().jobs.update(j.id, { state: 'running', error: 'transient' });
    expect(await s().jobs.update(j.id, { state: 'completed', progress: 1 })).toMatchObject({ state: 'completed', error: null });
    expect(await codeOf(s().jobs.events(j.id, 1e12))).toBe('REQUEST_INVALID');
  });
}

function datasetsContract(s: () => Store, t: () => TestStore): void {
  it('stores a dataset, loads its rows into ds_<id> with every constraint on, and pages them', async () => {
    await s().projects.create({ name: 'shop' });
    const ds = await s().datasets.create(await shopDataset('shop', 'small', 50));
    expect(ds.rowCounts).toEqual([{ table: 'customers', rows: 50 }, { table: 'orders', rows: 200 }]);
    expect(ds.dataSchema).toBe(`ds_${ds.id.replace(/-/g, '')}`);
    expect(await s().datasets.get(ds.id)).toEqual(ds);
    const cons = await t().query("SELECT contype::text AS t, count(*)::int AS n FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 AND contype IN ('p','u','f','c') AND convalidated GROUP BY 1 ORDER BY 1", [ds.dataSchema]);
    expect(cons).toEqual([{ t: 'c', n: 2 }, { t: 'f', n: 1 }, { t: 'p', n: 2 }, { t: 'u', n: 1 }]);
    const page = await s().datasets.page(ds.id, 'orders', 10, 5);
    expect(page).toMatchObject({ table: 'orders', columns: ['id', 'customer_id', 'total', 'note'], offset: 10, limit: 5, total: 200 });
    expect(page.rows).toHaveLength(5);
    const ids = page.rows.map((r) => Number(r[0]));
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(await codeOf(s().datasets.page(ds.id, 'nope', 0, 5))).toBe('DATASET_TABLE_NOT_FOUND');
    expect(await codeOf(s().datasets.page(ds.id, 'orders', -1, 5))).toBe('REQUEST_INVALID');
    expect((await s().audit.list('shop')).map((a) => [a.action, a.datasetId])).toEqual([['create', null], ['generate', ds.id]]);
  });

  it('a load that fails part-way, or breaks a constraint, leaves nothing behind', async () => {
    await s().projects.create({ name: 'shop' });
    const good = await shopDataset('shop', 'broken');
    await expect(s().datasets.create({ ...good, data: failingMidway(good.data) })).rejects.toThrow(/died mid-table/);
    const dup = await shopDataset('shop', 'dup');
    const customers = dup.data.tables[0];
    if (!customers) throw new Error('no customers table');
    const twice = { ...customers, rowCount: customers.rowCount * 2, *batches() { yield* customers.batches(); yield* customers.batches(); } };
    await expect(s().datasets.create({ ...dup, data: { ...dup.data, tables: [twice, ...dup.data.tables.slice(1)] } })).rejects.toThrow();
    expect(await s().datasets.list()).toEqual([]);
    expect((await s().audit.list('shop')).map((a) => a.action)).toEqual(['create']);
    expect(await t().query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ds\\_%'")).toEqual([]);
    expect(await codeOf(s().datasets.create(await shopDataset('ghost', 'x')))).toBe('PROJECT_NOT_FOUND');
  });

  it('10 concurrent creates all complete, intact, each counted in the audit log', async () => {
    await s().projects.create({ name: 'busy' });
    const made = await Promise.all(Array.from({ length: 10 }, async (_, i) => s().datasets.create(await shopDataset('busy', `run-${i}`, 20 + i, i))));
    expect((await s().datasets.list({ project: 'busy' })).map((d) => d.name).sort()).toEqual(made.map((d) => d.name).sort());
    for (const [i, d] of made.entries()) {
      const counts = await t().query(`SELECT (SELECT count(*)::int FROM ${d.dataSchema}.customers) AS c, (SELECT count(*)::int FROM ${d.dataSchema}.orders) AS o`);
      expect(counts).toEqual([{ c: 20 + i, o: (20 + i) * 4 }]);
    }
    const generated = (await s().audit.list('busy')).filter((a) => a.action === 'generate');
    expect(generated.map((a) => a.datasetId).sort()).toEqual(made.map((d) => d.id).sort());
  });

  it('lists by project and deletes a dataset with its rows, auditing the delete', async () => {
    await s().projects.create({ name: 'a' });
    await s().projects.create({ name: 'b' });
    const one = await s().datasets.create(await shopDataset('a', 'one', 10));
    const two = await s().datasets.create(await shopDataset('b', 'two', 10));
    expect((await s().datasets.list({ project: 'a' })).map((d) => d.id)).toEqual([one.id]);
    expect((await s().datasets.list()).map((d) => d.id).sort()).toEqual([one.id, two.id].sort());
    await s().datasets.delete(one.id);
    expect(await s().datasets.get(one.id)).toBeUndefined();
    expect(await codeOf(s().datasets.page(one.id, 'orders', 0, 1))).toBe('DATASET_NOT_FOUND');
    expect(await codeOf(s().datasets.delete(one.id))).toBe('DATASET_NOT_FOUND');
    expect(await t().query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [one.dataSchema])).toEqual([]);
    expect((await s().audit.list('a')).map((e) => e.action)).toEqual(['create', 'generate', 'delete']);
    expect((await s().datasets.page(two.id, 'customers', 0, 100)).rows).toHaveLength(10);
  });
}

/**
 * The store's contract, run against one kind of store: every test gets a fresh, empty store.
 * `packages/store/src/store-contract.pglite.test.ts` and `tests/store/store-contract.postgres.test.ts` run it.
 */
export function describeStoreContract(kind: TestStoreKind): void {
  describe(`store contract (${kind})`, () => {
    let current: TestStore | undefined;
    const t = (): TestStore => current ?? (() => { throw new Error('no store open'); })();
    const s = (): Store => t().store;
    beforeEach(async () => { current = await openTestStore(kind); });
    afterEach(async () => { await current?.cleanup(); current = undefined; });

    it('reports health with every migration applied', async () => {
      expect(await s().health()).toEqual({ ok: true, kind, migrations: { applied: ['0001-initial'], pending: [] } });
      expect(s().kind).toBe(kind);
      const recorded = await t().query('SELECT name FROM rowforge.rowforge_migrations ORDER BY name');
      expect(recorded).toEqual([{ name: '0001-initial' }]);
    });
    describe('projects', () => projectsContract(s));
    describe('audit', () => auditContract(s));
    describe('jobs', () => jobsContract(s));
    describe('datasets', () => datasetsContract(s, t));
  });
}
