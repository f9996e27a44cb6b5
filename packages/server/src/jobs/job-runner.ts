import { isRowforgeError, RowforgeError } from '@rowforge/core';
import type { Store } from '@rowforge/store';
import type { GenerationRequest } from './generation-request.js';
import { JobEmitter } from './job-emitter.js';
import type { JobHub } from './job-hub.js';
import { runGeneration } from './run-generation.js';

interface Queued {
  readonly jobId: string;
  readonly request: GenerationRequest;
}

/** Seconds a client is told to wait (Retry-After) when the queue is full. */
export const QUEUE_RETRY_AFTER_SECONDS = 5;

/** The reason a job gets when the server stops before finishing it. */
export const SHUTDOWN_REASON = 'the server shut down before this job finished; submit it again';

function describeFailure(e: unknown): { code: string; message: string } {
  if (isRowforgeError(e)) return { code: e.code, message: e.oneLine() };
  console.error('rowforge serve: generation failed with an internal error:', e);
  return { code: 'INTERNAL', message: `internal error: ${e instanceof Error ? e.message : String(e)}` };
}

/**
 * An in-process queue of generations with a concurrency limit. Jobs run off the request
 * path; each ends `completed` with its dataset or `failed` with a reason and a
 * `generation:error` event. `shutdown` stops taking jobs, lets running ones finish up to a
 * timeout, and marks whatever is left failed.
 */
export class JobRunner {
  readonly #queue: Queued[] = [];
  readonly #active = new Map<string, Promise<void>>();
  readonly #stop = new AbortController();
  #accepting = true;
  #reserved = 0;

  constructor(private readonly store: Store, private readonly hub: JobHub, private readonly concurrency: number, private readonly maxQueued = 100) {}

  get counts(): { running: number; queued: number } {
    return { running: this.#active.size, queued: this.#queue.length };
  }

  /** True while the job is queued or running here (its events may still grow). */
  owns(jobId: string): boolean {
    return this.#active.has(jobId) || this.#queue.some((q) => q.jobId === jobId);
  }

  #assertAccepting(): void {
    if (!this.#accepting) throw new RowforgeError('STORE_UNAVAILABLE', 'the server is shutting down and takes no new jobs');
  }

  /**
   * Claims a place in the queue before the job row is created, so a full queue or a shutdown
   * refuses the request (503) without leaving a job behind. Call the returned release once
   * the job is submitted (or was not created).
   *
   * @throws RowforgeError `STORE_UNAVAILABLE` when shutting down or when `maxQueued` jobs wait.
   */
  reserve(): () => void {
    this.#assertAccepting();
    if (this.#queue.length + this.#reserved >= this.maxQueued) {
      throw new RowforgeError('STORE_UNAVAILABLE', `the job queue is full (${this.maxQueued} jobs waiting); try again shortly`, { maxQueuedJobs: this.maxQueued, retryAfterSeconds: QUEUE_RETRY_AFTER_SECONDS });
    }
    this.#reserved++;
    let released = false;
    return () => { if (!released) { released = true; this.#reserved--; } };
  }

  submit(jobId: string, request: GenerationRequest): void {
    this.#assertAccepting();
    this.#queue.push({ jobId, request });
    this.#pump();
  }

  #pump(): void {
    while (this.#active.size < this.concurrency && this.#queue.length > 0) {
      const next = this.#queue.shift() as Queued;
      const run = this.#run(next).finally(() => { this.#active.delete(next.jobId); this.hub.notify(next.jobId); this.#pump(); });
      this.#active.set(next.jobId, run);
    }
  }

  async #run({ jobId, request }: Queued): Promise<void> {
    const emitter = new JobEmitter(this.store, this.hub, jobId);
    try {
      await this.store.jobs.update(jobId, { state: 'running' });
      const dataset = await runGeneration({ store: this.store, emitter, signal: this.#stop.signal }, request);
      await this.store.jobs.update(jobId, { state: 'completed', progress: 1, datasetId: dataset.id });
      await emitter.emit('generation:complete', { jobId, datasetId: dataset.id, rowCounts: dataset.rowCounts });
    } catch (e) {
      await this.#fail(jobId, emitter, e);
    }
  }

  async #fail(jobId: string, emitter: JobEmitter, e: unknown): Promise<void> {
    const failure = describeFailure(e);
    await emitter.flush().catch(() => undefined);
    await this.store.jobs.update(jobId, { state: 'failed', error: failure.message }).catch(() => undefined);
    await new JobEmitter(this.store, this.hub, jobId).emit('generation:error', failure);
  }

  /**
   * Stops taking jobs; queued ones never start. Waits up to `timeoutMs` for running ones,
   * then stops them and marks this runner's unfinished jobs failed (never another server's).
   * Resolves to the number so marked.
   */
  async shutdown(timeoutMs: number): Promise<number> {
    this.#accepting = false;
    const mine = [...this.#queue.splice(0).map((q) => q.jobId), ...this.#active.keys()];
    const all = Promise.allSettled(this.#active.values());
    const timer = new Promise<'timeout'>((resolve) => { setTimeout(resolve, timeoutMs, 'timeout').unref(); });
    if ((await Promise.race([all, timer])) === 'timeout') {
      this.#stop.abort();
      await Promise.race([all, new Promise<void>((resolve) => { setTimeout(resolve, 2000).unref(); })]);
    }
    return this.store.jobs.failUnfinished(SHUTDOWN_REASON, mine);
  }
}
