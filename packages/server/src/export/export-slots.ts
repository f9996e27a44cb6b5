import { RowforgeError } from '@rowforge/core';

/** Seconds a client is told to wait (Retry-After) when every export slot is taken. */
export const EXPORT_RETRY_AFTER_SECONDS = 10;

/** Counts the ZIP exports running at once (each holds a temp directory and a CPU for deflate). */
export class ExportSlots {
  #busy = 0;

  constructor(readonly max: number) {}

  get busy(): number {
    return this.#busy;
  }

  /**
   * Takes a slot; the returned function gives it back (once, however often called).
   *
   * @throws RowforgeError `STORE_UNAVAILABLE` (503, Retry-After) when `max` exports are running.
   */
  acquire(): () => void {
    if (this.#busy >= this.max) {
      throw new RowforgeError('STORE_UNAVAILABLE', `${this.max} export(s) are already running; try again shortly`, { maxConcurrentExports: this.max, retryAfterSeconds: EXPORT_RETRY_AFTER_SECONDS });
    }
    this.#busy++;
    let released = false;
    return () => { if (!released) { released = true; this.#busy--; } };
  }
}
