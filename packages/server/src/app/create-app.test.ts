import { loadParsers } from '@rowforge/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../testing/memory-store.js';
import { createApp } from './create-app.js';

const DDL = 'CREATE TABLE a (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL);';
const post = (body: unknown, headers: Record<string, string> = {}): RequestInit =>
  ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('createApp guards', () => {
  beforeAll(() => loadParsers());

  it('answers an oversize body with 413 that still carries the CORS headers', async () => {
    const { app, deps } = createApp({ store: memoryStore(), config: { corsOrigins: ['http://ui.test'], maxBodyBytes: 100 } });
    const res = await app.request('/api/generate', post({ schema: `-- ${'x'.repeat(200)}` }, { origin: 'http://ui.test' }));
    expect(res.status).toBe(413);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://ui.test');
    await deps.runner.shutdown(0);
  });

  it('answers 503 JSON with Retry-After when maxQueuedJobs jobs wait, and creates no job for it', async () => {
    const store = memoryStore();
    const { app, deps } = createApp({ store, config: { concurrency: 1, maxQueuedJobs: 1, maxRowsPerTable: 1_000_000 } });
    const big = { schema: DDL, numRecords: 300_000 };
    expect((await app.request('/api/generate', post(big))).status).toBe(202);
    expect((await app.request('/api/generate', post(big))).status).toBe(202);
    const full = await app.request('/api/generate', post(big));
    const body = (await full.json()) as { error: { code: string; message: string } };
    expect([full.status, body.error.code, full.headers.get('retry-after')]).toEqual([503, 'STORE_UNAVAILABLE', '5']);
    expect(body.error.message).toMatch(/queue is full/);
    expect(deps.runner.counts).toEqual({ running: 1, queued: 1 });
    await deps.runner.shutdown(0);
    const late = await app.request('/api/generate', post(big));
    expect(late.status).toBe(503);
  });
});
