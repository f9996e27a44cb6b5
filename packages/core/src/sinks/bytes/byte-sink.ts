/** Where encoded bytes go: a file, a ZIP entry, a test buffer. */
export interface ByteSink {
  /** Consumes `chunk`; the caller may reuse the chunk's memory once this returns. */
  write(chunk: Uint8Array): void;
}

/**
 * A sink that keeps everything in memory; for tests and small outputs.
 *
 * @example
 * ```ts
 * const sink = new MemorySink(); const w = new ByteWriter(sink)
 * w.writeText('hi'); w.flush(); sink.text() // 'hi'
 * ```
 */
export class MemorySink implements ByteSink {
  readonly #chunks: Buffer[] = [];

  write(chunk: Uint8Array): void {
    this.#chunks.push(Buffer.from(chunk));
  }

  bytes(): Buffer {
    return Buffer.concat(this.#chunks);
  }

  text(): string {
    return this.bytes().toString('utf8');
  }
}
