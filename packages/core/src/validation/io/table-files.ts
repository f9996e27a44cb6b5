import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { RowforgeError } from '../../errors/index.js';
import type { Manifest } from '../manifest/manifest-schema.js';
import { fileSource, type ByteSource } from './byte-source.js';
import { readZipDirectory, zipEntrySource } from './zip-archive.js';

/** The re-readable table file formats. */
export type TableFormat = 'csv' | 'json' | 'ndjson';

/** One table's file. */
export interface TableFile {
  readonly format: TableFormat;
  readonly source: ByteSource;
}

/** Finds a table's file by table name or the manifest's file name. */
export type TableFileLookup = (table: string, manifestFile?: string) => TableFile | undefined;

const FORMATS: readonly TableFormat[] = ['csv', 'ndjson', 'json'];

function formatOf(name: string): TableFormat | undefined {
  const ext = extname(name).slice(1).toLowerCase();
  return FORMATS.find((f) => f === ext);
}

function notReadable(what: string): RowforgeError {
  return new RowforgeError('USAGE', `validate reads csv, json or ndjson output (optionally zipped); ${what}`, {
    hint: 'generate with --format csv|json|ndjson|zip to validate the output',
  });
}

function lookupIn(names: ReadonlyMap<string, TableFile>, preferred?: TableFormat): TableFileLookup {
  return (table, manifestFile) => {
    const byFile = manifestFile === undefined ? undefined : names.get(basename(manifestFile).toLowerCase());
    if (byFile) return byFile;
    const formats = preferred ? [preferred, ...FORMATS.filter((f) => f !== preferred)] : FORMATS;
    for (const f of formats) { const hit = names.get(`${table}.${f}`.toLowerCase()); if (hit) return hit; }
    return undefined;
  };
}

async function zipLookup(dir: string, zipName: string): Promise<TableFileLookup> {
  const path = join(dir, zipName);
  const names = new Map<string, TableFile>();
  for (const entry of await readZipDirectory(path)) {
    const format = formatOf(entry.name);
    if (format) names.set(basename(entry.name).toLowerCase(), { format, source: zipEntrySource(path, zipName, entry) });
  }
  return lookupIn(names, 'csv');
}

function dirLookup(dir: string, files: readonly string[], preferred?: TableFormat): TableFileLookup {
  const names = new Map<string, TableFile>();
  for (const f of files) {
    const format = formatOf(f);
    if (format) names.set(f.toLowerCase(), { format, source: fileSource(join(dir, f), f) });
  }
  return lookupIn(names, preferred);
}

/** The output's ZIP archive: the one the manifest names, else the folder's first `.zip`. */
export function zipIn(files: readonly string[], manifest: Manifest | undefined): string | undefined {
  const listed = manifest?.archive?.path ?? manifest?.files.map((f) => f.path).find((p) => p.toLowerCase().endsWith('.zip'));
  return listed ?? files.find((f) => f.toLowerCase().endsWith('.zip'));
}

/**
 * Works out where each table's rows are: `<table>.csv|json|ndjson` files in the
 * directory, or CSV/JSON entries inside the directory's ZIP archive. Throws USAGE for
 * SQL output (not re-readable) and unknown formats.
 *
 * @example
 * ```ts
 * const find = await locateTableFiles('/out', manifest)
 * find('users')?.source.name // 'users.csv'
 * ```
 */
export async function locateTableFiles(dir: string, manifest: Manifest | undefined): Promise<TableFileLookup> {
  const files = await readdir(dir);
  const format = manifest?.outputFormat.toLowerCase();
  if (format === 'sql') throw notReadable('this directory holds SQL scripts (outputFormat "sql")');
  if (format === 'zip') {
    const zip = zipIn(files, manifest);
    if (!zip) throw new RowforgeError('FILE_NOT_FOUND', `the manifest says the output is a ZIP archive, but ${dir} has no .zip file`, { file: dir });
    return zipLookup(dir, zip);
  }
  if (format !== undefined && !FORMATS.includes(format as TableFormat)) throw notReadable(`outputFormat "${format}" is not one of them`);
  if (format === undefined && !files.some((f) => formatOf(f))) {
    const zip = zipIn(files, undefined);
    if (zip) return zipLookup(dir, zip);
    throw notReadable(`${dir} has no .csv, .json, .ndjson or .zip files`);
  }
  return dirLookup(dir, files, format as TableFormat | undefined);
}
