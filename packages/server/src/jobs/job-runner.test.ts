import { loadParsers } from '@rowforge/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../testing/memory-store.js';
import { JobHub } from './job-hub.js';
import { JobRunner, SHUTDOWN_REASON } from './job-runner.js';
import { prepareGeneration } from './prepare-generation.js';
import { resolveServerConfig } from '../config/resolve-server-config.js';

const DDL = 'CREATE TABLE a (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL); CREATE TABLE b (id INT PRIMARY KEY, a_id INT NOT NULL REFERENCES a(id));';
const config = resolveServerConfig({ maxRowsPerTable: 1_000_000 });

async function queued(store: ReturnType<typeof memoryStore>, rows: number) {
  const request = await prepareGeneration({ schema: DDL, dialect: 'auto', project: 'default', numRecords: rows }, config);
  const job = await store.jobs.create({ project: 'default' });
  return { job, request };
}

async function settled(store: ReturnType<typeof memoryStore>, id: string) {
  for (;;) {
    const j = await store.jobs.get(id);
    if (j?.state === 'completed' || j?.state === 'failed') return j;
    await new Promise<void>((r) => { setTimeout(r, 10); });
  }
}

describe('JobRunner', () => {
  beforeAll(() => loadParsers());

  it('fails a job whose save fails, with the reason and a generation:error event, and saves nothing', async () => {
    const store = memoryStore();
    store.failNextCreate = new Error('disk full');
    const runner = new JobRunner(store, new JobHub(), 1);
    const { job, request } = await queued(store, 10);
    runner.submit(job.id, request);
    const done = await settled(store, job.id);
    expect(done).toMatchObject({ state: 'failed', datasetId: null, error: 'internal error: disk full' });
    const events = await store.jobs.events(job.id);
    expect(events.at(-1)).toMatchObject({ name: 'generation:error', data: { code: 'INTERNAL' } });
    expect(await store.datasets.list()).toEqual([]);
  });

  it('on shutdown, stops running jobs after the timeout and marks its running and queued jobs failed (not others)', async () => {
    const store = memoryStore();
    const runner = new JobRunner(store, new JobHub(), 1);
    const big = await queued(store, 200_000);
    const waiting = await queued(store, 10);
    const otherServers = await store.jobs.create({ project: 'default' });
    runner.submit(big.job.id, big.request);
    runner.submit(waiting.job.id, waiting.request);
    expect(runner.counts).toEqual({ running: 1, queued: 1 });
    await new Promise<void>((r) => { setTimeout(r, 50); });
    await runner.shutdown(0);
    for (const id of [big.job.id, waiting.job.id]) expect(await store.jobs.get(id)).toMatchObject({ state: 'failed', error: SHUTDOWN_REASON });
    expect(await store.jobs.get(otherServers.id)).toMatchObject({ state: 'queued' });
    expect(() => runner.submit(waiting.job.id, waiting.request)).toThrow(/shutting down/);
    expect(await store.datasets.list()).toEqual([]);
  });

  it('lets a running job finish when the shutdown timeout allows it', async () => {
    const store = memoryStore();
    const runner = new JobRunner(store, new JobHub(), 2);
    const small = await queued(store, 20);
    runner.submit(small.job.id, small.request);
    expect(await runner.shutdown(30_000)).toBe(0);
    expect(await store.jobs.get(small.job.id)).toMatchObject({ state: 'completed', progress: 1 });
  });

  it('refuses a queue slot when maxQueued jobs wait or when shutting down, before any job row exists', async () => {
    const store = memoryStore();
    const runner = new JobRunner(store, new JobHub(), 1, 1);
    const big = await queued(store, 200_000);
    const waiting = await queued(store, 10);
    runner.reserve()();
    runner.submit(big.job.id, big.request);
    const release = runner.reserve();
    runner.submit(waiting.job.id, waiting.request);
    release();
    let full: unknown;
    try { runner.reserve(); } catch (e) { full = e; }
    expect(full).toMatchObject({ code: 'STORE_UNAVAILABLE', details: { maxQueuedJobs: 1, retryAfterSeconds: 5 } });
    await runner.shutdown(0);
    expect(() => runner.reserve()).toThrow(/shutting down/);
  });

  it('clears an earlier error when a job completes', async () => {
    const store = memoryStore();
    const job = await store.jobs.create({ project: 'default' });
    await store.jobs.update(job.id, { state: 'running', error: 'transient' });
    expect(await store.jobs.update(job.id, { state: 'completed' })).toMatchObject({ error: null });
  });
});
