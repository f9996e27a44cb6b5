/**
 * In-process wake-ups for event streams: the runner says "job X has news", an SSE handler
 * waits for that (or a timeout, so events written by another process are still picked up).
 */
export class JobHub {
  readonly #waiters = new Map<string, Set<() => void>>();

  notify(jobId: string): void {
    const set = this.#waiters.get(jobId);
    if (!set) return;
    this.#waiters.delete(jobId);
    for (const wake of set) wake();
  }

  /** Resolves on the next `notify(jobId)`, after `timeoutMs`, or when `signal` aborts. */
  wait(jobId: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const set = this.#waiters.get(jobId) ?? new Set<() => void>();
      const done = (): void => { clearTimeout(timer); set.delete(done); signal?.removeEventListener('abort', done); resolve(); };
      const timer = setTimeout(done, timeoutMs);
      signal?.addEventListener('abort', done, { once: true });
      set.add(done);
      this.#waiters.set(jobId, set);
    });
  }
}
