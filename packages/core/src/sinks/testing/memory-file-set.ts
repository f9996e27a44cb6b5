import { MemorySink } from '../bytes/byte-sink.js';
import { ByteWriter } from '../bytes/byte-writer.js';
import type { FileSet, OpenFile, WrittenFile } from '../bytes/file-set.js';

/** Test support: a {@link FileSet} keeping every file's text in memory. */
export class MemoryFileSet implements FileSet {
  readonly files: WrittenFile[] = [];
  readonly text = new Map<string, string>();

  create(path: string): OpenFile {
    const sink = new MemorySink();
    const writer = new ByteWriter(sink, 64);
    return {
      writer,
      close: () => {
        writer.flush();
        this.text.set(path, sink.text());
        this.files.push({ path, bytes: writer.bytesWritten });
      },
    };
  }

  /** The text of one file; throws if it was not written. */
  get(path: string): string {
    const t = this.text.get(path);
    if (t === undefined) throw new Error(`no file ${path}; have ${[...this.text.keys()].join(', ')}`);
    return t;
  }
}
