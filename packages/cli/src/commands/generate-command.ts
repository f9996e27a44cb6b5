import { defaultPostgresSessions, ExitCodes, leftOutChecks, leftOutIndexes, unenforcedChecks, redrawNulls, generate, generateShard, generateToDirectory, loadMysql, loadPostgres, loadSqlite, parseShard, RowforgeError, withWorkers, workerCount, type Dialect, type GeneratedData, type OutputFormat, type Part, type Plan, type Schema, type SourceDialect } from '@rowforge/core';
import { ProgressBar } from '../progress-bar.js';
import { readSchema } from '../read-schema.js';
import { planFromFlags, rowCountNotes, unfitLabelWarnings, type PlanFlags } from './plan-input.js';
import type { Io } from '../io.js';
import { saveDataset } from './store/save-dataset.js';
import { printValidation } from './validation-summary.js';

export interface GenerateFlags extends PlanFlags {
  readonly format: OutputFormat;
  readonly target: Dialect;
  readonly out: string;
  readonly dialect: SourceDialect | 'auto';
  readonly sqlFiles: 'single' | 'per-table';
  readonly sqlDataOnly: boolean;
  readonly overwrite: boolean;
  readonly validate: boolean;
  readonly shard?: string;
  readonly into?: string;
  readonly keepConstraints: boolean;
  readonly replace: boolean;
  readonly sessions?: number;
  readonly workers?: number;
  readonly save: boolean;
  readonly project?: string;
}

/** `rowforge generate`: schema → plan → files, validated; exit 1 when validation finds violations. */
export async function generateCommand(schemaPath: string, flags: GenerateFlags, io: Io): Promise<number> {
  const started = io.now();
  const { schema, warnings } = await readSchema(schemaPath, flags.dialect, flags.omitUnsupported);
  const plan = planFromFlags(schema, flags);
  rowCountNotes(plan, flags).forEach((n) => io.err(`rowforge: note: ${n}`));
  unfitLabelWarnings(schema, flags).forEach((w) => io.err(`rowforge: warning: ${w}`));
  const unenforced = unenforcedChecks(schema, { referenceDate: plan.referenceDate, now: Date.now() });
  unenforced.forEach((u) => io.err(`rowforge: warning: ${u.message} (\`rowforge plan\` shows each column's generator; edit it and pass --plan)`));
  redrawNulls(schema, plan).forEach((w) => io.err(`rowforge: warning: ${w.message} (\`rowforge plan\` shows it; edit it and pass --plan)`));
  const part = parseShard(flags.shard, process.env);
  assertSaveFlags(flags, part);
  assertSqlDataOnly(flags);
  const run: Run = { schema, plan, schemaPath, warnReader: () => warnings.forEach((w) => io.err(`rowforge: warning: ${schemaPath}:${w.line}:${w.column}: ${w.message}`)) };
  if (flags.into !== undefined) return intoCommand(run, flags.into, flags, io);
  if (part) return shardCommand(run, part, flags, io);
  const bar = new ProgressBar();
  const result = await generateToDirectory({
    schema, plan, dir: flags.out, format: flags.format, target: flags.target, sqlFiles: flags.sqlFiles, sqlDataOnly: flags.sqlDataOnly,
    overwrite: flags.overwrite, validate: flags.validate, workers: flags.workers,
    onProgress: (e) => bar.update(e.table, e.rowsDone, e.rowCount),
    onValidate: (e) => bar.update(`validation: ${e.table} read, table`, e.tablesDone, e.tables),
  });
  bar.done();
  run.warnReader();
  const rows = result.data.tables.reduce((n, t) => n + t.rowCount, 0);
  const secs = (io.now() - started) / 1000;
  io.out(`wrote ${result.data.tables.length} tables, ${rows.toLocaleString('en-US')} rows to ${flags.out} (${flags.format}, ${flags.target}) in ${secs.toFixed(1)} s`);
  const v = result.validation;
  if (v) printValidation(v, unenforced, flags.out, io);
  if (flags.save) await saveDataset({ schemaPath, schema, plan, data: result.data, validation: v ?? null, project: flags.project }, io);
  return !v || v.ok ? ExitCodes.ok : ExitCodes.validation;
}

/** What every kind of run shares: the schema read, its plan, and the reader's warnings (printed after the progress bar). */
interface Run {
  readonly schema: Schema;
  readonly plan: Plan;
  readonly schemaPath: string;
  readonly warnReader: () => void;
}

/** `--save` stores a whole run; `--project` only means something with it. */
function assertSaveFlags(flags: GenerateFlags, part: Part | undefined): void {
  if (flags.project !== undefined && !flags.save) {
    throw new RowforgeError('USAGE', '--project names the project --save stores the dataset in', { hint: `add --save, e.g. --save --project ${flags.project}` });
  }
  if (flags.save && part) {
    throw new RowforgeError('USAGE', '--save stores a whole run, not one shard', { hint: 'merge the shards with `rowforge merge`, or generate without --shard' });
  }
}

/** `--sql-data-only` shapes SQL scripts, so it needs `--format sql` and files (not `--into`). */
function assertSqlDataOnly(flags: GenerateFlags): void {
  if (!flags.sqlDataOnly || (flags.format === 'sql' && flags.into === undefined)) return;
  throw new RowforgeError('USAGE', '--sql-data-only applies to --format sql output files', {
    hint: flags.into === undefined ? 'add --format sql' : 'drop --sql-data-only: --into creates the tables itself',
  });
}

async function shardCommand({ schema, plan, warnReader }: Run, part: Part, flags: GenerateFlags, io: Io): Promise<number> {
  if (flags.format !== 'csv' && flags.format !== 'ndjson') {
    throw new RowforgeError('USAGE', `--shard writes csv or ndjson, not ${flags.format}`, { hint: 'use --format csv or ndjson; `rowforge merge` joins the parts' });
  }
  const bar = new ProgressBar();
  const summary = await generateShard({
    schema, plan, dir: flags.out, format: flags.format, target: flags.target, part, overwrite: flags.overwrite, workers: flags.workers,
    onProgress: (e) => bar.update(e.table, e.rowsDone, e.rowCount),
  });
  bar.done();
  warnReader();
  const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
  io.out(`wrote shard ${part.index}/${part.count}: ${rows.toLocaleString('en-US')} rows to ${flags.out}; run \`rowforge merge ${flags.out}\` once every shard is done`);
  return ExitCodes.ok;
}

/**
 * Worker threads feeding `--into`: a core is left free per PostgreSQL session and for the MariaDB
 * server. SQLite runs in this thread, so from 500,000 rows two workers make its INSERTs (on 2
 * cores, restaurants at 10⁶ rows: 10.1 s against 12.3–13.0 s generating here; more workers would
 * only wait for SQLite).
 */
function loadWorkers(kind: 'PostgreSQL' | 'MySQL' | 'SQLite', requested: number | undefined, data: GeneratedData, sessions: number): number {
  if (kind === 'SQLite') return requested === undefined ? Math.min(2, workerCount(undefined, data)) : workerCount(requested, data);
  return workerCount(requested, data, kind === 'PostgreSQL' ? sessions : 1);
}

async function intoCommand({ schema, plan, schemaPath, warnReader }: Run, url: string, flags: GenerateFlags, io: Io): Promise<number> {
  const kind = /^postgres(ql)?:\/\//.test(url) ? 'PostgreSQL' : /^(mysql|mariadb):\/\//.test(url) ? 'MySQL' : /^sqlite:./.test(url) ? 'SQLite' : undefined;
  if (!kind) {
    throw new RowforgeError('USAGE', `--into takes postgres://…, mysql://… or sqlite:FILE; got "${url}"`, { hint: 'e.g. --into postgres://postgres@127.0.0.1/test or --into sqlite:shop.db' });
  }
  const started = io.now();
  const bar = new ProgressBar();
  const data = generate(schema, plan);
  const onProgress = (e: { table: string; rowsDone: number; rowCount: number }): void => bar.update(e.table, e.rowsDone, e.rowCount);
  const sessions = flags.sessions ?? defaultPostgresSessions();
  const workers = loadWorkers(kind, flags.workers, data, sessions);
  const summary = await withWorkers(schema, plan, data, workers, (rows) => (kind === 'PostgreSQL'
    ? loadPostgres(rows, { url, sessions, keepConstraints: flags.keepConstraints, replace: flags.replace, onProgress })
    : kind === 'MySQL'
      ? loadMysql(rows, { url: url.replace(/^mariadb:/, 'mysql:'), replace: flags.replace, onProgress })
      : loadSqlite(rows, { file: url.replace(/^sqlite:(\/\/)?/, ''), replace: flags.replace, onProgress })));
  bar.done();
  warnReader();
  const leftOut = kind === 'PostgreSQL' ? [] : leftOutChecks(schema, kind === 'MySQL' ? 'mysql' : 'sqlite');
  leftOut.forEach((c) => io.err(`rowforge: warning: "${c.table}" ${c.check} ${c.why} (the rows meet it)`));
  leftOutIndexes(schema, kind === 'PostgreSQL' ? 'postgres' : kind === 'MySQL' ? 'mysql' : 'sqlite')
    .forEach((x) => io.err(`rowforge: warning: index "${x.index}" on "${x.table}" is not created: ${x.why}`));
  const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
  const on = leftOut.length === 0 ? 'every constraint is on' : `every constraint is on but ${leftOut.length} CHECK(s) ${kind} cannot declare (see the warnings)`;
  io.out(`loaded ${summary.tables.length} tables, ${rows.toLocaleString('en-US')} rows into ${kind} in ${((io.now() - started) / 1000).toFixed(1)} s; ${on}`);
  if (flags.save) await saveDataset({ schemaPath, schema, plan, data, validation: null, project: flags.project }, io);
  return ExitCodes.ok;
}
