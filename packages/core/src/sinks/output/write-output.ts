import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { RowforgeError } from '../../errors/index.js';
import type { GeneratedData } from '../../schema/index.js';
import type { TableFile, WrittenFile } from '../bytes/file-set.js';
import type { ProgressListener } from '../stream-batches.js';
import type { Target } from '../target.js';
import { buildManifest, OUTPUT_FORMATS, type OutputFormat } from './manifest.js';
import { assertOutputFree, commitStaging, createStaging, discardStaging } from './output-directory.js';
import { toOutputError } from './output-errors.js';
import { partManifestName, type Part } from './part.js';
import { RESERVED_FILES, writeFormat, type FormatResult } from './write-format.js';

/** Options of {@link writeOutput}. */
export interface WriteOutputOptions {
  /** The output directory; created, or replaced as a whole only when `overwrite`. */
  readonly dir: string;
  readonly format: OutputFormat;
  readonly target: Target;
  /** SQL only: `single` (default) writes `data.sql`; `per-table` numbered scripts. */
  readonly sqlFiles?: 'single' | 'per-table';
  /** SQL only: leave out CREATE TABLE and constraints (the rows, deferred UPDATEs and identity re-syncs remain). */
  readonly sqlDataOnly?: boolean;
  readonly onProgress?: ProgressListener;
  /** Replace a non-empty `dir` (only after everything else succeeded). */
  readonly overwrite?: boolean;
  /** More files to put in the directory before it appears, e.g. `{ 'plan.json': text }`. */
  readonly extraFiles?: Readonly<Record<string, string>>;
  /**
   * Write one shard (csv and ndjson only): table files named `<file>.part-0000i-of-0000N`,
   * the CSV header and `schema.sql`/`constraints.sql` only in part 0, and
   * `manifest.part-….json`. `data` should hold just this part's rows (see `shardOf`).
   */
  readonly part?: Part;
}

/** What {@link writeOutput} wrote. */
export interface OutputSummary {
  /** Absolute path of the output directory. */
  readonly dir: string;
  readonly format: OutputFormat;
  readonly target: Target;
  /** Every file in the directory, `manifest.json` last, with sizes in bytes. */
  readonly files: readonly WrittenFile[];
  /** Rows written per table, in load order, with the file holding them. */
  readonly tables: readonly TableFile[];
  readonly totalBytes: number;
}

const OptionsSchema = z.object({
  dir: z.string().min(1),
  format: z.enum(OUTPUT_FORMATS),
  target: z.enum(['postgres', 'mysql', 'sqlite', 'mssql']),
  sqlFiles: z.enum(['single', 'per-table']).default('single'),
  sqlDataOnly: z.boolean().default(false),
  onProgress: z.custom<ProgressListener>((v) => typeof v === 'function').optional(),
  overwrite: z.boolean().default(false),
  extraFiles: z.record(z.string(), z.string()).default({}),
  part: z.object({ index: z.number().int().nonnegative(), count: z.number().int().positive() })
    .refine((p) => p.index < p.count, 'part index must be below the part count').optional(),
});

type Options = z.output<typeof OptionsSchema>;

function parseOptions(options: WriteOutputOptions): Options {
  const r = OptionsSchema.safeParse(options);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new RowforgeError('USAGE', `invalid output option ${issue?.path.join('.') || ''}: ${issue?.message ?? 'invalid'}`.replace('option :', 'options:'), { path: issue?.path.join('.') });
}

function checkExtraName(name: string, taken: readonly string[]): void {
  const bad = isAbsolute(name) || name.split(/[\\/]/).some((s) => s === '..' || s === '') || taken.some((t) => t.toLowerCase() === name.toLowerCase());
  if (bad) throw new RowforgeError('USAGE', `extra output file "${name}" must be a new relative path inside the output directory`, { file: name });
}

function writeExtraFiles(dir: string, extra: Readonly<Record<string, string>>, taken: readonly string[]): WrittenFile[] {
  return Object.entries(extra).map(([name, text]) => {
    checkExtraName(name, [...taken, 'manifest.json']);
    const full = join(dir, ...name.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text, { flag: 'wx' });
    return { path: name, bytes: Buffer.byteLength(text) };
  });
}

function writeManifest(dir: string, data: GeneratedData, o: Options, result: FormatResult, files: readonly WrittenFile[]): WrittenFile {
  const manifest = buildManifest(data, {
    target: o.target, outputFormat: o.format, tables: result.tables, files,
    ...(o.format === 'sql' ? { sqlFiles: o.sqlFiles } : {}),
    ...(result.archive ? { archive: result.archive } : {}),
    ...(o.part ? { part: o.part } : {}),
  });
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const name = o.part ? partManifestName(o.part) : 'manifest.json';
  writeFileSync(join(dir, name), text, { flag: 'wx' });
  return { path: name, bytes: Buffer.byteLength(text) };
}

async function writeAll(data: GeneratedData, staging: string, o: Options): Promise<{ files: WrittenFile[]; result: FormatResult }> {
  const reserved = [...RESERVED_FILES, ...Object.keys(o.extraFiles)];
  if (o.part && o.format !== 'csv' && o.format !== 'ndjson') {
    throw new RowforgeError('USAGE', `shards are written as csv or ndjson, not ${o.format}`, { hint: 'use --format csv or --format ndjson with --shard' });
  }
  const result = await writeFormat(data, staging, {
    format: o.format, target: o.target, sqlFiles: o.sqlFiles, sqlDataOnly: o.sqlDataOnly, reserved, ...(o.onProgress ? { onProgress: o.onProgress } : {}), ...(o.part ? { part: o.part } : {}),
  });
  const files = [...result.files];
  files.push(...writeExtraFiles(staging, o.extraFiles, files.map((f) => f.path)));
  files.push(writeManifest(staging, data, o, result, files));
  return { files, result };
}

/**
 * Writes one generated run into `options.dir`, atomically: everything goes into a
 * sibling staging directory (`<dir>.rowforge-tmp-<pid>`) that is renamed onto `dir`
 * at the end, so on any failure nothing is left behind. Tables are streamed batch by
 * batch, so memory does not grow with row count.
 *
 * - `csv` / `json` / `ndjson`: `<table>.<ext>` per table, `schema.sql` (CREATE TABLE
 *   for `target`) and `constraints.sql` (late FOREIGN KEYs, identity re-syncs).
 * - `zip`: `data.zip` holding the CSV files, `schema.sql` and `constraints.sql`.
 * - `sql`: `data.sql`, or with `sqlFiles: 'per-table'` `000_schema.sql`,
 *   `001_<table>.sql` …, `900_deferred_updates.sql`, `999_constraints.sql`; with
 *   `sqlDataOnly` no schema or constraints (`999_identity_resync.sql` per table).
 * - always `manifest.json` (see `ManifestSchema`), plus `extraFiles`.
 *
 * Fails with OUTPUT_EXISTS when `dir` is not empty (unless `overwrite`, which replaces
 * it only after success) and OUTPUT_UNWRITABLE when the location cannot be written.
 *
 * @example
 * ```ts
 * const summary = await writeOutput(data, { dir: 'out', format: 'csv', target: 'postgres' })
 * summary.tables // [{ name: 'companies', rows: 100, file: 'companies.csv' }, ...]
 * ```
 */
export async function writeOutput(data: GeneratedData, options: WriteOutputOptions): Promise<OutputSummary> {
  const o = parseOptions(options);
  const dir = resolve(o.dir);
  assertOutputFree(dir, o.overwrite);
  const staging = createStaging(dir);
  try {
    const { files, result } = await writeAll(data, staging.path, o);
    commitStaging(staging, dir, o.overwrite);
    const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
    return { dir, format: o.format, target: o.target, files, tables: result.tables, totalBytes };
  } catch (e) {
    discardStaging(staging);
    throw toOutputError(e, dir);
  }
}
