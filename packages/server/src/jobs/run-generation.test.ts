import { loadParsers } from '@rowforge/core';
import type { Store } from '@rowforge/store';
import { openTestStore, type TestStoreKind } from '@rowforge/store/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveServerConfig } from '../config/resolve-server-config.js';
import { memoryStore } from '../testing/memory-store.js';
import { JobEmitter } from './job-emitter.js';
import { JobHub } from './job-hub.js';
import { prepareGeneration } from './prepare-generation.js';
import { runGeneration, validatesWhileLoading } from './run-generation.js';

const DDL = 'CREATE TABLE a (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL); CREATE TABLE b (id INT PRIMARY KEY, a_id INT NOT NULL REFERENCES a(id));';
const config = resolveServerConfig({ maxRowsPerTable: 1_000_000 });

/** The store with every job progress it is told recorded. */
function watched(store: Store, progress: number[]): Store {
  const update: Store['jobs']['update'] = (id, patch) => { if (patch.progress !== undefined) progress.push(patch.progress); return store.jobs.update(id, patch); };
  return { ...store, kind: store.kind, jobs: { ...store.jobs, update } };
}

async function job(store: Store, rows: number, signal = new AbortController().signal) {
  const request = await prepareGeneration({ schema: DDL, dialect: 'auto', project: 'p', numRecords: rows }, config);
  await store.projects.ensure('p');
  const { id } = await store.jobs.create({ project: 'p' });
  const emitter = new JobEmitter(store, new JobHub(), id);
  return { id, run: () => runGeneration({ store, emitter, signal }, request).finally(() => emitter.flush().catch(() => undefined)) };
}

describe.each<TestStoreKind>(['postgres', 'pglite'])('runGeneration on %s', (kind) => {
  beforeAll(() => loadParsers());

  it('streams the events in order, moves progress from 0 to 1, and saves the report with the rows', async () => {
    const ts = await openTestStore(kind);
    try {
      const progress: number[] = [];
      const store = watched(ts.store, progress);
      expect(validatesWhileLoading(store)).toBe(kind === 'postgres');
      const { id, run } = await job(store, 3000);
      const ds = await run();
      const names = (await store.jobs.events(id)).map((e) => e.name);
      const squeezed = names.filter((n, i) => n !== names[i - 1]);
      expect(squeezed).toEqual(['generation:start', 'schema:parsed', 'table:start', 'table:progress', 'table:complete', 'table:start', 'table:progress', 'table:complete', 'generation:validation', 'dataset:saved']);
      expect(progress).toEqual([...progress].sort((x, y) => x - y));
      expect(progress.at(-1)).toBe(1);
      expect(progress[0]).toBeLessThan(0.5);
      const saved = await store.datasets.get(ds.id);
      expect(saved?.validation).toMatchObject({ ok: true, violationCount: 0, tables: [{ table: 'a', rows: 3000 }, { table: 'b', rows: 3000 }] });
      expect(saved?.rowCounts).toEqual([{ table: 'a', rows: 3000 }, { table: 'b', rows: 3000 }]);
    } finally {
      await ts.cleanup();
    }
  });

  it('saves nothing when stopped mid-load', async () => {
    const ts = await openTestStore(kind);
    try {
      const stop = new AbortController();
      const { run } = await job(ts.store, 20_000, stop.signal);
      const running = run();
      setTimeout(() => { stop.abort(); }, 5);
      await expect(running).rejects.toThrow(/shut down/);
      expect(await ts.store.datasets.list()).toEqual([]);
    } finally {
      await ts.cleanup();
    }
  });
});

describe('runGeneration validating while loading', () => {
  beforeAll(() => loadParsers());

  it('still reports the finished validation when the load fails after reading every row, and saves nothing', async () => {
    const inner = memoryStore();
    const create: Store['datasets']['create'] = async (d) => {
      for (const t of d.data.tables) for (const batch of t.batches()) void batch;
      throw new Error('constraint failed');
    };
    const store: Store = { ...inner, kind: 'postgres', datasets: { ...inner.datasets, create } };
    const { id, run } = await job(store, 50);
    await expect(run()).rejects.toThrow('constraint failed');
    const events = await store.jobs.events(id);
    expect(events.map((e) => e.name).slice(-2)).toEqual(['table:complete', 'generation:validation']);
    expect(events.at(-1)?.data).toMatchObject({ ok: true, violationCount: 0 });
    expect(await store.datasets.list()).toEqual([]);
  });
});
