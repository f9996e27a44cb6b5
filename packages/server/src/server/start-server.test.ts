import { describe, expect, it } from 'vitest';
import { memoryStore } from '../testing/memory-store.js';
import { CRASH_REASON, startServer } from './start-server.js';

describe('startServer', () => {
  it('marks jobs an earlier run left unfinished as failed, serves over HTTP with CORS, and shuts down', async () => {
    const store = memoryStore();
    const stale = await store.jobs.create({ project: 'default' });
    await store.jobs.update(stale.id, { state: 'running', progress: 0.4 });
    const server = await startServer({ store, config: { port: 0, corsOrigins: ['http://ui.test'] }, handleSignals: false });
    try {
      expect(server.recoveredJobs).toBe(1);
      expect(await store.jobs.get(stale.id)).toMatchObject({ state: 'failed', error: CRASH_REASON });
      const res = await fetch(`${server.url}/api/health`, { headers: { origin: 'http://ui.test' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('http://ui.test');
      const other = await fetch(`${server.url}/api/config`, { headers: { origin: 'http://evil.test' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.shutdown();
    }
    await server.closed;
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });
});
