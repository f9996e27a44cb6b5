import { statSync } from 'node:fs';
import { join } from 'node:path';
import { convertToParquet } from '../parquet/write-parquet.js';
import type { GeneratedData } from '../../schema/index.js';
import { writeTextFile, type FileSet, type TableFile, type WrittenFile } from '../bytes/file-set.js';
import { bulkLoadConstraintsScript, bulkLoadSchemaScript } from '../sql/bulk-load-scripts.js';
import { writeSqlFiles } from '../sql/write-sql-files.js';
import type { ProgressListener } from '../stream-batches.js';
import { tablesInLoadOrder } from '../table-data-of.js';
import type { Target } from '../target.js';
import { DirectoryFileSet } from './directory-file-set.js';
import { FileSink } from './file-sink.js';
import type { OutputFormat } from './manifest.js';
import { writeTableFiles, type TableFileFormat } from './write-table-files.js';
import { ZipFileSet } from './zip-file-set.js';
import type { Part } from './part.js';

/** The archive written by the `zip` format. */
export const ZIP_FILE = 'data.zip';

/** File names no table file may take. */
export const RESERVED_FILES: readonly string[] = ['manifest.json', 'schema.sql', 'constraints.sql', ZIP_FILE, 'data.sql', 'plan.json', 'validation.json'];

export interface FormatOptions {
  readonly format: OutputFormat;
  readonly target: Target;
  readonly sqlFiles: 'single' | 'per-table';
  /** SQL only: no DDL, for tables created from the user's own DDL. */
  readonly sqlDataOnly?: boolean;
  readonly reserved: readonly string[];
  readonly onProgress?: ProgressListener;
  /** A shard: part-named table files; `schema.sql` and `constraints.sql` only in part 0. */
  readonly part?: Part;
}

/** What one format wrote into the staging directory. */
export interface FormatResult {
  readonly files: readonly WrittenFile[];
  readonly tables: readonly TableFile[];
  readonly archive?: { readonly path: string; readonly files: readonly WrittenFile[] };
}

async function writeTablesWithSchema(data: GeneratedData, set: FileSet, format: TableFileFormat, o: FormatOptions): Promise<TableFile[]> {
  const scripts = (o.part?.index ?? 0) === 0;
  if (scripts) writeTextFile(set, 'schema.sql', bulkLoadSchemaScript(data, o.target));
  const tables = await writeTableFiles(tablesInLoadOrder(data), set, format, o.target, o.reserved, o.onProgress, o.part);
  if (scripts) writeTextFile(set, 'constraints.sql', bulkLoadConstraintsScript(data, o.target));
  return tables;
}

async function writeZip(data: GeneratedData, dir: string, o: FormatOptions): Promise<FormatResult> {
  const sink = new FileSink(join(dir, ZIP_FILE));
  try {
    const zip = new ZipFileSet(sink);
    const tables = await writeTablesWithSchema(data, zip, 'csv', o);
    zip.finish();
    const bytes = zip.bytesOut;
    return { files: [{ path: ZIP_FILE, bytes }], tables, archive: { path: ZIP_FILE, files: zip.files } };
  } finally {
    sink.close();
  }
}

async function writeInDirectory(data: GeneratedData, dir: string, o: FormatOptions): Promise<FormatResult> {
  const set = new DirectoryFileSet(dir);
  try {
    const tables = o.format === 'sql'
      ? await writeSqlFiles(data, set, { target: o.target, mode: o.sqlFiles, dataOnly: o.sqlDataOnly === true, ...(o.onProgress ? { onProgress: o.onProgress } : {}) })
      : await writeTablesWithSchema(data, set, o.format as TableFileFormat, o);
    return { files: set.files, tables };
  } finally {
    set.abort();
  }
}

/**
 * Writes one run in `o.format` into `dir` (the staging directory): CSV/JSON/NDJSON
 * files with `schema.sql` and `constraints.sql`, SQL scripts, or `data.zip` holding
 * the CSV files and both scripts.
 *
 * @example
 * ```ts
 * const { files, tables } = await writeFormat(data, stagingDir, { format: 'csv', target: 'postgres', sqlFiles: 'single', reserved: RESERVED_FILES })
 * ```
 */
export async function writeFormat(data: GeneratedData, dir: string, o: FormatOptions): Promise<FormatResult> {
  if (o.format === 'parquet') return writeParquet(data, dir, o);
  return o.format === 'zip' ? writeZip(data, dir, o) : writeInDirectory(data, dir, o);
}

/** Parquet: CSV files staged in `dir`, then converted table by table with DuckDB. */
async function writeParquet(data: GeneratedData, dir: string, o: FormatOptions): Promise<FormatResult> {
  const set = new DirectoryFileSet(dir);
  try {
    const csv = await writeTableFiles(tablesInLoadOrder(data), set, 'csv', 'postgres', o.reserved, o.onProgress);
    const tables = await convertToParquet(dir, data.schema.tables, csv);
    return { files: tables.map((t) => ({ path: t.file, bytes: statSync(join(dir, t.file)).size })), tables };
  } finally {
    set.abort();
  }
}
