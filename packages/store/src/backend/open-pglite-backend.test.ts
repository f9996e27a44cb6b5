import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';

const home = mkdtempSync(join(tmpdir(), 'rowforge-home-'));
const dataDir = join(home, 'pglite');
const child = fileURLToPath(new URL('../testing/hold-running-job.ts', import.meta.url));
afterAll(() => { rmSync(home, { recursive: true, force: true }); });

/** Runs the fixture until it reports its running job, then SIGKILLs it mid-job. */
function killedMidJob(): Promise<string> {
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!out.includes('\n')) return;
      proc.kill('SIGKILL');
      proc.once('exit', () => resolve((JSON.parse(out) as { jobId: string }).jobId));
    });
    proc.once('exit', (code) => { if (!out.includes('\n')) reject(new Error(`fixture exited with ${String(code)} before starting a job`)); });
  });
}

describe('PGlite store on disk', () => {
  it('survives a process killed mid-job: reopening takes the stale lock and failUnfinished fails the job', async () => {
    const jobId = await killedMidJob();
    expect(readFileSync(`${dataDir}.lock`, 'utf8').trim()).not.toBe(String(process.pid));
    const store = await openStore({ dataDir, databaseUrl: '' });
    try {
      expect(store.kind).toBe('pglite');
      expect((await store.jobs.get(jobId))?.state).toBe('running');
      expect(await store.jobs.failUnfinished('the server stopped while this job ran')).toBe(1);
      expect(await store.jobs.get(jobId)).toMatchObject({ state: 'failed', error: 'the server stopped while this job ran', progress: 0.4 });
      expect((await store.health()).migrations.applied).toEqual(['0001-initial']);
    } finally {
      await store.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('shares one PGlite between handles on the same directory; the last close shuts it', async () => {
    const a = await openStore({ dataDir, databaseUrl: '' });
    const b = await openStore({ dataDir, databaseUrl: '' });
    await a.projects.create({ name: 'shared' });
    await a.close();
    expect((await b.projects.get('shared'))?.name).toBe('shared');
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    await b.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('an open while the last handle is closing waits for the close and the unlock, then opens afresh', async () => {
    const a = await openStore({ dataDir, databaseUrl: '' });
    await a.projects.create({ name: 'reopened' });
    const closing = a.close();
    const b = await openStore({ dataDir, databaseUrl: '' });
    await closing;
    try {
      expect((await b.projects.get('reopened'))?.name).toBe('reopened');
      expect(readFileSync(`${dataDir}.lock`, 'utf8').trim()).toBe(String(process.pid));
    } finally {
      await b.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
