import type { ByteWriter } from './byte-writer.js';

/** A file a run wrote: its path relative to the output (or archive) root, and size. */
export interface WrittenFile {
  readonly path: string;
  readonly bytes: number;
}

/** A table as written: its name, the rows actually written and the file holding them. */
export interface TableFile {
  readonly name: string;
  readonly rows: number;
  readonly file: string;
}

/** A file being written; `close()` flushes it and records it in its {@link FileSet}. */
export interface OpenFile {
  readonly writer: ByteWriter;
  close(): void;
}

/**
 * Somewhere files can be created one after another: a directory or a ZIP archive.
 * Format writers only see this, so CSV tables go to a folder or into a ZIP alike.
 */
export interface FileSet {
  /** Starts a new file at a relative `/`-separated path. */
  create(path: string): OpenFile;
  /** Files closed so far, in order. */
  readonly files: readonly WrittenFile[];
}

/**
 * Writes a whole string as one file of a set.
 *
 * @example
 * ```ts
 * writeTextFile(files, 'schema.sql', ddl)
 * ```
 */
export function writeTextFile(files: FileSet, path: string, text: string): void {
  const f = files.create(path);
  f.writer.writeText(text);
  f.close();
}
