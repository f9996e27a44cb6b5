/**
 * A FIFO lock for a single connection: `lock()` resolves when every earlier holder has called
 * `unlock()`. PGlite is one session, so every query and transaction takes it in turn.
 */
export class ConnectionMutex {
  #tail: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;

  async lock(): Promise<void> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise((resolve) => { release = resolve; });
    await previous;
    this.#release = release;
  }

  unlock(): void {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }
}
