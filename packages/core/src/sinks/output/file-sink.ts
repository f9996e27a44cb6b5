import { closeSync, openSync, writeSync } from 'node:fs';
import type { ByteSink } from '../bytes/byte-sink.js';

/**
 * A new file written with `fs.writeSync` on one descriptor. Opening fails if the file
 * exists (`wx`), so a run never clobbers anything by accident.
 *
 * @example
 * ```ts
 * const sink = new FileSink('/tmp/out/users.csv'); const w = new ByteWriter(sink)
 * w.writeText('id\n'); w.flush(); sink.close()
 * ```
 */
export class FileSink implements ByteSink {
  #fd: number | undefined;

  constructor(path: string) {
    this.#fd = openSync(path, 'wx');
  }

  write(chunk: Uint8Array): void {
    const fd = this.#fd;
    if (fd === undefined) throw new Error('FileSink: write after close');
    for (let off = 0; off < chunk.length;) off += writeSync(fd, chunk, off, chunk.length - off);
  }

  /** Closes the descriptor; safe to call twice. */
  close(): void {
    if (this.#fd === undefined) return;
    const fd = this.#fd;
    this.#fd = undefined;
    closeSync(fd);
  }
}
