/**
 * A bounded hand-over of byte chunks from one producer to one reader (a session's COPY): `push`
 * waits while `capacity` chunks are unread, so memory stays at a few chunks however long the
 * stream. `close` ends the stream after the queued chunks; `fail` ends it at once with an error
 * for both sides (the reader throws it, every later `push` rejects with it).
 *
 * @example
 * ```ts
 * const queue = new ChunkQueue(2)
 * const copied = session.copyCsvFrom(target, queue)
 * for await (const chunk of chunks) await queue.push(chunk)
 * queue.close(); await copied
 * ```
 */
export class ChunkQueue implements AsyncIterable<Uint8Array> {
  readonly #capacity: number;
  readonly #items: Uint8Array[] = [];
  #closed = false;
  #failure: { readonly error: unknown } | undefined;
  #wakeReader: (() => void) | undefined;
  #wakeWriter: (() => void) | undefined;

  constructor(capacity: number) {
    this.#capacity = Math.max(1, capacity);
  }

  /** Queues a chunk once there is room; rejects with the failure if the queue failed. */
  async push(chunk: Uint8Array): Promise<void> {
    while (this.#failure === undefined && this.#items.length >= this.#capacity) await new Promise<void>((r) => { this.#wakeWriter = r; });
    if (this.#failure !== undefined) throw this.#failure.error;
    this.#items.push(chunk);
    this.#wake();
  }

  /** No more chunks: the reader ends after the queued ones. */
  close(): void {
    this.#closed = true;
    this.#wake();
  }

  /** Ends the stream with `error` (the first failure wins); queued chunks are dropped. */
  fail(error: unknown): void {
    this.#failure ??= { error };
    this.#items.length = 0;
    this.#wake();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for (;;) {
      if (this.#failure !== undefined) throw this.#failure.error;
      const next = this.#items.shift();
      if (next !== undefined) {
        this.#wake();
        yield next;
      } else if (this.#closed) {
        return;
      } else {
        await new Promise<void>((r) => { this.#wakeReader = r; });
      }
    }
  }

  #wake(): void {
    const [reader, writer] = [this.#wakeReader, this.#wakeWriter];
    this.#wakeReader = this.#wakeWriter = undefined;
    reader?.();
    writer?.();
  }
}
