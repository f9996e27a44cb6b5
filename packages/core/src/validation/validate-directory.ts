import { stat } from 'node:fs/promises';
import { RowforgeError } from '../errors/index.js';
import { findTable, type Schema } from '../schema/index.js';
import { readCsvTable } from './csv/csv-reader.js';
import { checkFileSizes } from './io/check-file-sizes.js';
import { locateTableFiles, type TableFile, type TableFileLookup } from './io/table-files.js';
import { readJsonTable, readNdjsonTable } from './json/json-reader.js';
import type { Manifest } from './manifest/manifest-schema.js';
import { readManifest } from './manifest/read-manifest.js';
import type { ValidationReport } from './report/validation-report.js';
import type { RowSink } from './run/row-sink.js';
import { ValidationRun } from './run/validation-run.js';
import { arrayStyleFor, DEFAULT_MAX_EXAMPLES, type ValidationOptions } from './validation-options.js';

interface PlannedTable {
  readonly name: string;
  readonly rows?: number;
  readonly file?: string;
}

async function assertDirectory(dir: string): Promise<void> {
  const s = await stat(dir).catch(() => undefined);
  if (!s) throw new RowforgeError('FILE_NOT_FOUND', `output directory ${dir} does not exist`, { file: dir });
  if (!s.isDirectory()) throw new RowforgeError('USAGE', `${dir} is not a directory; validate reads the directory rowforge wrote`, { file: dir });
}

function readTable(file: TableFile, schema: Schema, name: string, sink: RowSink): Promise<void> {
  const table = findTable(schema, name)!;
  if (file.format === 'csv') return readCsvTable(file.source, table, sink);
  return file.format === 'json' ? readJsonTable(file.source, table, sink) : readNdjsonTable(file.source, table, sink);
}

function plannedTables(schema: Schema, manifest: Manifest | undefined): PlannedTable[] {
  if (!manifest) return schema.tables.map((t) => ({ name: t.name }));
  const rank = (n: string): number => { const i = manifest.loadOrder.indexOf(n); return i < 0 ? manifest.loadOrder.length : i; };
  return [...manifest.tables].sort((a, b) => rank(a.name) - rank(b.name));
}

function newRun(schema: Schema, manifest: Manifest | undefined, format: TableFile['format'] | undefined, options: ValidationOptions): ValidationRun {
  const target = manifest?.target;
  return new ValidationRun(schema, {
    maxExamples: options.maxExamples ?? DEFAULT_MAX_EXAMPLES,
    now: options.now?.getTime() ?? Date.now(),
    parser: { arrayStyle: arrayStyleFor(target, format ?? 'json'), lenientJson: format !== 'csv' },
    ...(target ? { target } : {}),
  });
}

function noteUnlisted(run: ValidationRun, schema: Schema, manifest: Manifest | undefined): void {
  if (!manifest) { run.warnings.add('no manifest.json: row counts and load order were not checked'); return; }
  for (const t of schema.tables) {
    if (!manifest.tables.some((m) => findTable(schema, m.name) === t)) run.warnings.add(`schema table ${t.name} is not in the manifest; not validated`);
  }
}

async function firstPass(run: ValidationRun, plan: readonly PlannedTable[], find: TableFileLookup, options: ValidationOptions): Promise<Map<string, TableFile>> {
  const read = new Map<string, TableFile>();
  for (const p of plan) {
    const file = find(p.name, p.file);
    if (!file && p.rows === undefined) { run.warnings.add(`no file for table ${p.name}; not validated`); continue; }
    const expectedRows = options.expectedRows?.[p.name];
    const tv = run.beginTable(p.name, { ...(p.rows === undefined ? {} : { manifestRows: p.rows }), ...(expectedRows === undefined ? {} : { expectedRows }), ...(file ? { file: file.source.name } : {}) });
    if (!tv) continue;
    if (!file) { tv.problem({ rule: 'parse', constraint: 'file', message: `no file for table ${p.name} (looked for ${p.file ?? `${p.name}.csv/.json/.ndjson`})` }); continue; }
    await readTable(file, run.schema, p.name, tv);
    tv.end();
    read.set(tv.table.name, file);
  }
  return read;
}

/**
 * Re-reads a generated output directory and checks it against the schema without the
 * generator's help: header, row counts (manifest and `expectedRows`), types, NOT NULL,
 * enums, CHECKs, domains, PRIMARY KEY/UNIQUE duplicates, foreign-key orphans and
 * coverage, and the manifest's load order. Reads `<table>.csv|json|ndjson` files or
 * the CSVs inside the directory's ZIP archive, streaming, in memory bounded by 8 bytes
 * per key per row. SQL output is refused with a USAGE error.
 *
 * @example
 * ```ts
 * const report = await validateDirectory('./out', schema, { maxExamples: 3 })
 * if (!report.ok) console.error(renderSummary(report))
 * ```
 */
export async function validateDirectory(dir: string, schema: Schema, options: ValidationOptions = {}): Promise<ValidationReport> {
  await assertDirectory(dir);
  const manifest = await readManifest(dir);
  const find = await locateTableFiles(dir, manifest);
  const plan = plannedTables(schema, manifest);
  const format = plan.map((p) => find(p.name, p.file)?.format).find((f) => f !== undefined);
  const run = newRun(schema, manifest, format, options);
  noteUnlisted(run, schema, manifest);
  if (manifest) await checkFileSizes(dir, manifest, run.warnings);
  const read = await firstPass(run, plan, find, options);
  if (manifest) run.checkLoadOrder({ loadOrder: manifest.loadOrder, deferred: manifest.deferredForeignKeys, deferrable: manifest.deferrableForeignKeys, tables: manifest.tables.map((t) => t.name) });
  for (const pass of run.analyse()) await readTable(read.get(pass.table)!, schema, pass.table, pass.sink);
  return run.report();
}
