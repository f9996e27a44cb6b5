/**
 * Rowforge through its library API, as a user of `@rowforge/core` would call it:
 * parseSchema → planFor → generateToDirectory (CSV for PostgreSQL, no validation) with a given
 * number of worker threads. The API is loaded and checked at run time, so a missing or renamed
 * export gives a clear message instead of a stack trace.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { directorySize } from './fs-util.js';

export interface LibraryResult {
  readonly label: string;
  readonly workers: number;
  readonly rowsPerTable: number;
  readonly tables: number;
  readonly rows: number;
  readonly bytes: number;
  readonly files: number;
  readonly seconds: number;
  readonly phases: { readonly parse: number; readonly plan: number; readonly generateAndWrite: number };
}

/** The parts of the core API the bench uses; everything else stays opaque. */
export interface CoreApi {
  parseSchema(text: string): unknown;
  planFor(schema: unknown, options: { rows: number; seed: number }): unknown;
  generate(schema: unknown, plan: unknown): unknown;
  generateToDirectory(o: { schema: unknown; plan: unknown; dir: string; format: 'csv'; target: 'postgres'; validate: boolean; workers: number }): Promise<unknown>;
  loadPostgres(data: unknown, o: { url: string; schema?: string }): Promise<unknown>;
  withWorkers<T>(schema: unknown, plan: unknown, data: unknown, workers: number, fn: (data: unknown) => Promise<T>): Promise<T>;
  /** What `--into postgres` picks by default (absent from older cores). */
  workerCount?(requested: number | undefined, data: unknown, reserved?: number): number;
  defaultPostgresSessions?(): number;
}

const REQUIRED = ['parseSchema', 'planFor', 'generate', 'generateToDirectory', 'loadPostgres', 'withWorkers'] as const;

export class BenchSetupError extends Error {}

/**
 * Loads `@rowforge/core`, or the module named by ROWFORGE_BENCH_CORE (a file path,
 * e.g. another checkout's packages/core/src/index.ts to compare versions).
 * Not a literal import, so the bench never breaks the typecheck while the API is being written.
 */
export async function loadCore(): Promise<CoreApi> {
  const override = process.env['ROWFORGE_BENCH_CORE'];
  const specifier = override ? pathToFileURL(path.resolve(override)).href : '@rowforge/core';
  let mod: Record<string, unknown>;
  try {
    mod = (await import(specifier)) as Record<string, unknown>;
  } catch (err) {
    throw new BenchSetupError(`cannot load ${specifier}: ${message(err)}`);
  }
  const load = mod['loadParsers'];
  if (typeof load === 'function') await (load as () => Promise<void>)();
  const missing = REQUIRED.filter((name) => typeof mod[name] !== 'function');
  if (missing.length > 0) {
    throw new BenchSetupError(`${specifier} does not export ${missing.join(', ')} (the bench needs ${REQUIRED.join(', ')})`);
  }
  return mod as unknown as CoreApi;
}

export interface LibraryRun {
  readonly label: string;
  readonly ddl: string;
  readonly rowsPerTable: number;
  readonly outDir: string;
  readonly workers: number;
  /** Adjusts the inferred plan (the person table sets its generators). */
  readonly editPlan?: (plan: unknown) => unknown;
}

/** Schema and plan of a run, as the library run makes them. */
export async function schemaAndPlan(core: CoreApi, ddl: string, rowsPerTable: number, editPlan?: (plan: unknown) => unknown): Promise<{ schema: unknown; plan: unknown }> {
  const schema = field(await core.parseSchema(ddl), 'schema', 'parseSchema(ddl) result');
  const plan = await core.planFor(schema, { rows: rowsPerTable, seed: 1 });
  return { schema, plan: editPlan ? editPlan(plan) : plan };
}

export async function measureLibrary(core: CoreApi, run: LibraryRun): Promise<LibraryResult> {
  const t0 = process.hrtime.bigint();
  const schema = field(await core.parseSchema(run.ddl), 'schema', 'parseSchema(ddl) result');
  const t1 = process.hrtime.bigint();
  const inferred = await core.planFor(schema, { rows: run.rowsPerTable, seed: 1 });
  const plan = run.editPlan ? run.editPlan(inferred) : inferred;
  const t2 = process.hrtime.bigint();
  const result = await core.generateToDirectory({ schema, plan, dir: run.outDir, format: 'csv', target: 'postgres', validate: false, workers: run.workers });
  const t3 = process.hrtime.bigint();
  const tables = tableRowCounts(field(result, 'data', 'generateToDirectory result'));
  const { bytes, files } = directorySize(run.outDir);
  return {
    label: run.label, workers: run.workers, rowsPerTable: run.rowsPerTable, tables: tables.length,
    rows: tables.reduce((a, b) => a + b, 0), bytes, files, seconds: secs(t3 - t0),
    phases: { parse: secs(t1 - t0), plan: secs(t2 - t1), generateAndWrite: secs(t3 - t2) },
  };
}

function tableRowCounts(data: unknown): number[] {
  const tables = field(data, 'tables', 'generate(schema, plan) result');
  if (!Array.isArray(tables)) throw new BenchSetupError('generate(...).tables is not an array');
  return tables.map((t: unknown, i) => {
    const n = field(t, 'rowCount', `generate(...).tables[${i}]`);
    if (typeof n !== 'number') throw new BenchSetupError(`tables[${i}].rowCount is not a number`);
    return n;
  });
}

export function field(obj: unknown, name: string, what: string): unknown {
  if (typeof obj !== 'object' || obj === null || !(name in obj)) {
    throw new BenchSetupError(`${what} has no "${name}"`);
  }
  return (obj as Record<string, unknown>)[name];
}

export function secs(ns: bigint): number {
  return Number(ns) / 1e9;
}

export function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
