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
import type { TableFirstPass } from './run/table-first-pass.js';
import type { TableValidator } from './run/table-validator.js';
import { ValidationRun } from './run/validation-run.js';
import { arrayStyleFor, DEFAULT_MAX_EXAMPLES, lengthsEnforced, type ValidationOptions } from './validation-options.js';

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
    parser: { arrayStyle: arrayStyleFor(target, format ?? 'json'), lenientJson: format !== 'csv', lengths: lengthsEnforced(target) },
    ...(target ? { target } : {}),
  });
}

function noteUnlisted(run: ValidationRun, schema: Schema, manifest: Manifest | undefined): void {
  if (!manifest) { run.warnings.add('no manifest.json: row counts and load order were not checked'); return; }
  for (const t of schema.tables) {
    if (!manifest.tables.some((m) => findTable(schema, m.name) === t)) run.warnings.add(`schema table ${t.name} is not in the manifest; not validated`);
  }
}

/** Fills a begun table's validator: reads its rows here, or adopts another thread's pass. */
type TableFill = (tv: TableValidator, file: TableFile, p: PlannedTable) => Promise<void>;

function beginPlanned(run: ValidationRun, p: PlannedTable, file: TableFile | undefined, options: ValidationOptions): TableValidator | undefined {
  const expectedRows = options.expectedRows?.[p.name];
  return run.beginTable(p.name, { ...(p.rows === undefined ? {} : { manifestRows: p.rows }), ...(expectedRows === undefined ? {} : { expectedRows }), ...(file ? { file: file.source.name } : {}) });
}

async function firstPass(v: Prepared, options: ValidationOptions, fill: TableFill): Promise<Map<string, TableFile>> {
  const read = new Map<string, TableFile>();
  for (const p of v.plan) {
    const file = v.find(p.name, p.file);
    if (!file && p.rows === undefined) { v.run.warnings.add(`no file for table ${p.name}; not validated`); continue; }
    const tv = beginPlanned(v.run, p, file, options);
    if (!tv) continue;
    if (!file) { tv.problem({ rule: 'parse', constraint: 'file', message: `no file for table ${p.name} (looked for ${p.file ?? `${p.name}.csv/.json/.ndjson`})` }); continue; }
    await fill(tv, file, p);
    tv.end();
    read.set(tv.table.name, file);
  }
  return read;
}

interface Prepared {
  readonly manifest: Manifest | undefined;
  readonly find: TableFileLookup;
  readonly plan: readonly PlannedTable[];
  readonly run: ValidationRun;
}

async function prepare(dir: string, schema: Schema, options: ValidationOptions): Promise<Prepared> {
  await assertDirectory(dir);
  const manifest = await readManifest(dir);
  const find = await locateTableFiles(dir, manifest);
  const plan = plannedTables(schema, manifest);
  const format = plan.map((p) => find(p.name, p.file)?.format).find((f) => f !== undefined);
  return { manifest, find, plan, run: newRun(schema, manifest, format, options) };
}

/** Run-wide notes made before any table is read: tables missing from the manifest, file sizes. */
async function preamble(dir: string, v: Prepared, schema: Schema): Promise<void> {
  noteUnlisted(v.run, schema, v.manifest);
  if (v.manifest) await checkFileSizes(dir, v.manifest, v.run.warnings);
}

/** Reports each table read to `options.onTable`. */
function progress(v: Prepared, options: ValidationOptions): (table: string) => void {
  const tables = readable(v).length;
  let done = 0;
  return (table) => options.onTable?.({ table, tablesDone: ++done, tables });
}

function checkLoadOrder(v: Prepared): void {
  const m = v.manifest;
  if (m) v.run.checkLoadOrder({ loadOrder: m.loadOrder, deferred: m.deferredForeignKeys, deferrable: m.deferrableForeignKeys, late: m.lateForeignKeys, tables: m.tables.map((t) => t.name) });
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
  const v = await prepare(dir, schema, options);
  await preamble(dir, v, schema);
  const tick = progress(v, options);
  const read = await firstPass(v, options, async (tv, file, p) => { await readTable(file, schema, p.name, tv); tick(p.name); });
  checkLoadOrder(v);
  for (const pass of v.run.analyse()) await readTable(read.get(pass.table)!, schema, pass.table, pass.sink);
  return v.run.report();
}

/** One table's first pass as another thread is asked for it (`tableFirstPass`). */
export interface TablePassRequest {
  readonly dir: string;
  readonly table: string;
  /** The run's clock, epoch milliseconds (every table must see the same one). */
  readonly now: number;
  readonly maxExamples?: number;
  readonly expectedRows?: Readonly<Record<string, number>>;
}

/** Runs `tableFirstPass` somewhere (a worker thread) for `validateDirectoryWith`; `signal` aborts it. */
export type TablePassRunner = (request: TablePassRequest, signal: AbortSignal) => Promise<TableFirstPass>;

/**
 * Reads one table of an output directory, as `validateDirectory` would in its first pass,
 * and returns what its validator learned (see `validateDirectoryWith`).
 */
export async function tableFirstPass(schema: Schema, r: TablePassRequest): Promise<TableFirstPass> {
  const options: ValidationOptions = { now: new Date(r.now), ...(r.maxExamples === undefined ? {} : { maxExamples: r.maxExamples }), ...(r.expectedRows ? { expectedRows: r.expectedRows } : {}) };
  const v = await prepare(r.dir, schema, options);
  const p = v.plan.find((x) => x.name === r.table);
  const file = p ? v.find(p.name, p.file) : undefined;
  const tv = p && file ? beginPlanned(v.run, p, file, options) : undefined;
  if (!p || !file || !tv) throw new RowforgeError('INTERNAL', `no file for table ${r.table} in ${r.dir}`, { table: r.table });
  await readTable(file, schema, p.name, tv);
  return tv.firstPass();
}

function passRequest(dir: string, table: string, o: ValidationOptions): TablePassRequest {
  return { dir, table, now: (o.now ?? new Date()).getTime(), ...(o.maxExamples === undefined ? {} : { maxExamples: o.maxExamples }), ...(o.expectedRows ? { expectedRows: o.expectedRows } : {}) };
}

/**
 * `validateDirectory` with each table's rows read by `runner` (worker threads, all tables at
 * once), giving the same report. Undefined when a table holds a violation, a runner fails,
 * two manifest entries name one table, or keys need example rows: the caller then validates
 * with `validateDirectory`, so every report with findings (and every error) is made one way.
 */
export async function validateDirectoryWith(dir: string, schema: Schema, options: ValidationOptions, runner: TablePassRunner): Promise<ValidationReport | undefined> {
  const opts: ValidationOptions = { ...options, now: options.now ?? new Date() };
  const v = await prepare(dir, schema, opts);
  if (sharesTables(v)) return undefined;
  const passes = await readAll(dir, v, opts, runner);
  if (!passes) return undefined;
  await preamble(dir, v, schema);
  await firstPass(v, opts, async (tv, _file, p) => { tv.adopt(passes.get(p.name)!); });
  checkLoadOrder(v);
  return v.run.analyse().length > 0 ? undefined : v.run.report();
}

/** Manifest entries the validator reads: a file and a schema table. */
function readable(v: Prepared): PlannedTable[] {
  return v.plan.filter((p) => v.find(p.name, p.file) !== undefined && findTable(v.run.schema, p.name) !== undefined);
}

/** True when two manifest entries resolve to one schema table (its validator then reads both files). */
function sharesTables(v: Prepared): boolean {
  const names = readable(v).map((p) => findTable(v.run.schema, p.name)!.name);
  return new Set(names).size !== names.length;
}

/** Every readable table's first pass, all at once; undefined, the rest aborted, once one is not clean or fails. */
async function readAll(dir: string, v: Prepared, opts: ValidationOptions, runner: TablePassRunner): Promise<Map<string, TableFirstPass> | undefined> {
  const stop = new AbortController();
  const tick = progress(v, opts);
  const read = async (table: string): Promise<[string, TableFirstPass]> => {
    const pass = await runner(passRequest(dir, table, opts), stop.signal);
    if (!pass.clean) throw new Error(`${table} has findings`);
    tick(table);
    return [table, pass];
  };
  try {
    return new Map(await Promise.all(readable(v).map((p) => read(p.name))));
  } catch {
    stop.abort();
    return undefined;
  }
}
