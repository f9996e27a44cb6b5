import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ByteWriter } from '../bytes/byte-writer.js';
import type { FileSet, OpenFile, WrittenFile } from '../bytes/file-set.js';
import { FileSink } from './file-sink.js';

/**
 * Files under a directory, each streamed through its own {@link ByteWriter}.
 *
 * @example
 * ```ts
 * const set = new DirectoryFileSet('/tmp/stage')
 * const f = set.create('users.csv'); f.writer.writeText('id\n'); f.close()
 * set.files // [{ path: 'users.csv', bytes: 3 }]
 * ```
 */
export class DirectoryFileSet implements FileSet {
  readonly files: WrittenFile[] = [];
  readonly #root: string;
  readonly #open = new Set<FileSink>();

  constructor(root: string) {
    this.#root = root;
  }

  create(path: string): OpenFile {
    const full = join(this.#root, ...path.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    const sink = new FileSink(full);
    this.#open.add(sink);
    const writer = new ByteWriter(sink);
    const close = (): void => {
      writer.flush();
      sink.close();
      this.#open.delete(sink);
      this.files.push({ path, bytes: writer.bytesWritten });
    };
    return { writer, close };
  }

  /** Closes files left open by a failed run. */
  abort(): void {
    for (const sink of this.#open) {
      try { sink.close(); } catch { /* already failing */ }
    }
    this.#open.clear();
  }
}
