import { createApp, type RowforgeApp, type ServerConfigInput } from '@rowforge/server';
import type { Job } from '@rowforge/store';
import { openTestStore, type TestStore, type TestStoreKind } from '../../../packages/store/src/testing/open-test-store.js';
import { parseSse, type SseEvent } from './sse.js';

/** The two stores every API suite runs against (acceptance a). */
export const STORE_KINDS: readonly TestStoreKind[] = ['pglite', 'postgres'];

/** A DDL every suite can generate from: a parent, a child with a NOT NULL FK, a CHECK. */
export const LIBRARY_DDL = `CREATE TABLE authors (
  id INT PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  email VARCHAR(120) UNIQUE
);
CREATE TABLE books (
  id INT PRIMARY KEY,
  author_id INT NOT NULL REFERENCES authors(id),
  title VARCHAR(200) NOT NULL,
  pages INT CHECK (pages BETWEEN 10 AND 2000),
  published DATE
);`;

/** An app over a fresh test store, with JSON helpers. */
export class ApiHarness {
  private constructor(readonly kind: TestStoreKind, readonly test: TestStore, readonly api: RowforgeApp) {}

  static async open(kind: TestStoreKind, config: ServerConfigInput = {}): Promise<ApiHarness> {
    const test = await openTestStore(kind);
    return new ApiHarness(kind, test, createApp({ store: test.store, config }));
  }

  get store(): TestStore['store'] {
    return this.test.store;
  }

  request(path: string, init?: RequestInit): Promise<Response> {
    return Promise.resolve(this.api.app.request(path, init));
  }

  postJson(path: string, body: unknown): Promise<Response> {
    return this.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  async getJson<T = Record<string, unknown>>(path: string): Promise<{ status: number; body: T }> {
    const res = await this.request(path);
    return { status: res.status, body: (await res.json()) as T };
  }

  /** Queues a generation and returns its job id (fails unless 202). */
  async generate(body: Record<string, unknown>): Promise<string> {
    const res = await this.postJson('/api/generate', body);
    const json = (await res.json()) as { jobId?: string };
    if (res.status !== 202 || json.jobId === undefined) throw new Error(`POST /api/generate → ${res.status} ${JSON.stringify(json)}`);
    return json.jobId;
  }

  /** Polls the job until it is completed or failed. */
  async waitForJob(jobId: string, timeoutMs = 90_000): Promise<Job> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { body } = await this.getJson<Job>(`/api/jobs/${jobId}`);
      if (body.state === 'completed' || body.state === 'failed') return body;
      if (Date.now() > until) throw new Error(`job ${jobId} still ${body.state} after ${timeoutMs} ms`);
      await new Promise<void>((r) => { setTimeout(r, 100); });
    }
  }

  /** Reads a job's whole event stream (it ends after the closing event). */
  async events(jobId: string, lastEventId?: number): Promise<SseEvent[]> {
    const headers: Record<string, string> = lastEventId === undefined ? {} : { 'Last-Event-ID': String(lastEventId) };
    const res = await this.request(`/api/jobs/${jobId}/events`, { headers });
    if (res.status !== 200) throw new Error(`events → ${res.status} ${await res.text()}`);
    return parseSse(await res.text());
  }

  /** Stops the job runner (waiting for running jobs), then drops the store. */
  async close(): Promise<void> {
    await this.api.deps.runner.shutdown(30_000);
    await this.test.cleanup();
  }
}
