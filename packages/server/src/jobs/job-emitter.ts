import type { Store } from '@rowforge/store';
import type { GenerationEventName } from './generation-events.js';
import type { JobHub } from './job-hub.js';

/**
 * Appends one job's events to the store strictly in order, even when emitted from
 * synchronous progress callbacks: each append waits for the one before. `emit` never
 * rejects; `flush` waits for every append and rethrows the first failure.
 */
export class JobEmitter {
  #tail: Promise<void> = Promise.resolve();
  #failure: Error | undefined;

  constructor(private readonly store: Store, private readonly hub: JobHub, readonly jobId: string) {}

  emit(name: GenerationEventName, data: Record<string, unknown>): Promise<void> {
    return this.enqueue(async () => {
      await this.store.jobs.appendEvent(this.jobId, name, data);
      this.hub.notify(this.jobId);
    });
  }

  /** Runs `task` after everything queued before it (e.g. a job progress update). */
  enqueue(task: () => Promise<unknown>): Promise<void> {
    this.#tail = this.#tail.then(async () => {
      if (this.#failure !== undefined) return;
      try {
        await task();
      } catch (e) {
        this.#failure = e instanceof Error ? e : new Error(String(e));
      }
    });
    return this.#tail;
  }

  async flush(): Promise<void> {
    await this.#tail;
    if (this.#failure !== undefined) throw this.#failure;
  }
}
