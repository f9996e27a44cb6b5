import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHUTDOWN_REASON } from '@rowforge/server';
import { openStore } from '@rowforge/store';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { TempDirs } from '../support/temp.js';
import { startServe, stopServe, type ServeProcess } from './support/serve-process.js';
import { parseSse } from './support/sse.js';

const SHOP = readFileSync(join(repoRoot, 'examples', 'shop.sql'), 'utf8');

interface JobView { state: string; progress: number; error: string | null; datasetId: string | null }

async function job(url: string, id: string): Promise<JobView> {
  return (await (await fetch(`${url}/api/jobs/${id}`)).json()) as JobView;
}

/** Polls until the job is generating (running, with some progress). */
async function untilGenerating(url: string, id: string): Promise<JobView> {
  for (;;) {
    const j = await job(url, id);
    if (j.state !== 'queued' && j.state !== 'running') throw new Error(`job ended before the kill: ${JSON.stringify(j)}`);
    if (j.progress > 0) return j;
    await new Promise<void>((r) => { setTimeout(r, 50); });
  }
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!check() && Date.now() < end) await new Promise<void>((r) => { setTimeout(r, 50); });
  return check();
}

describe('a server killed mid-job', () => {
  const temp = new TempDirs();
  const running: ServeProcess[] = [];
  afterAll(async () => {
    for (const p of running) await stopServe(p, 'SIGKILL');
    temp.cleanup();
  });

  it('shows the job as failed with a reason after a restart, leaves no half-written dataset, and a SIGTERM marks a job it cannot finish', async () => {
    const env = { ROWFORGE_HOME: temp.make('crash'), DATABASE_URL: '' };
    const first = await startServe(env);
    running.push(first);
    const res = await fetch(`${first.url}/api/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ schema: SHOP, numRecords: 30_000 }) });
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    expect((await untilGenerating(first.url, jobId)).state).toBe('running');
    expect((await stopServe(first, 'SIGKILL')).signal).toBe('SIGKILL');

    const second = await startServe(env, ['--shutdown-timeout', '0']);
    running.push(second);
    expect(await until(() => /marked 1 unfinished job/.test(second.output().stderr)), second.output().stderr).toBe(true);
    const after = await job(second.url, jobId);
    expect(after).toMatchObject({ state: 'failed', datasetId: null });
    expect(after.error).toMatch(/stopped .*killed.* unfinished/);
    const datasets = (await (await fetch(`${second.url}/api/datasets`)).json()) as { datasets: unknown[] };
    expect(datasets.datasets).toEqual([]);
    const events = parseSse(await (await fetch(`${second.url}/api/jobs/${jobId}/events`)).text());
    expect(events.at(-1)).toMatchObject({ event: 'generation:error', data: { message: after.error } });

    const next = await fetch(`${second.url}/api/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ schema: SHOP, numRecords: 30_000 }) });
    const { jobId: stopped } = (await next.json()) as { jobId: string };
    await untilGenerating(second.url, stopped);
    expect(await stopServe(second, 'SIGTERM')).toEqual({ code: 0, signal: null });
    const store = await openStore({ dataDir: join(env.ROWFORGE_HOME, 'pglite') });
    try {
      expect(await store.jobs.get(stopped)).toMatchObject({ state: 'failed', error: SHUTDOWN_REASON, datasetId: null });
      expect(await store.datasets.list()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
