import { generate, RowforgeError, unenforcedChecks, type GeneratedData, type ProgressEvent, type TableData, type ValidationReport } from '@rowforge/core';
import type { Dataset, Store } from '@rowforge/store';
import type { GenerationRequest } from './generation-request.js';
import type { JobEmitter } from './job-emitter.js';
import { crossedTenth, ProgressMeter } from './progress-meter.js';
import { validateGenerated, type TableListener } from './validate-generated.js';
import { validationTap, type ValidationTap } from './validation-tap.js';

/** What one run needs: the store, the job's ordered event writer, and a stop signal. */
export interface RunContext {
  readonly store: Store;
  readonly emitter: JobEmitter;
  readonly signal: AbortSignal;
}

function checkStopped(signal: AbortSignal): void {
  if (signal.aborted) throw new RowforgeError('INTERNAL', 'the server shut down before this job finished; submit it again');
}

function progressUpdater(ctx: RunContext, meter: ProgressMeter, pass: 0 | 1): (e: ProgressEvent) => number {
  return (e) => {
    checkStopped(ctx.signal);
    return meter.record(pass, e.table, e.rowsDone);
  };
}

function tableListener(ctx: RunContext, meter: ProgressMeter): TableListener {
  const { emitter } = ctx;
  const seen = new Map<string, number>();
  const update = progressUpdater(ctx, meter, 0);
  return {
    start: (t: TableData, index) => void emitter.emit('table:start', { table: t.table.name, rowCount: t.rowCount, index }),
    progress: (e) => {
      const progress = update(e);
      if (!crossedTenth(seen.get(e.table) ?? 0, e.rowsDone, e.rowCount)) return;
      seen.set(e.table, e.rowsDone);
      void emitter.emit('table:progress', { ...e, progress });
      void emitter.enqueue(() => ctx.store.jobs.update(emitter.jobId, { progress }));
    },
    complete: (t, rows) => void emitter.emit('table:complete', { table: t.table.name, rows }),
  };
}

function saveProgress(ctx: RunContext, meter: ProgressMeter): (e: ProgressEvent) => void {
  const update = progressUpdater(ctx, meter, 1);
  let reported = 0.5;
  return (e) => {
    const progress = update(e);
    if (progress - reported < 0.05) return;
    reported = progress;
    void ctx.emitter.enqueue(() => ctx.store.jobs.update(ctx.emitter.jobId, { progress }));
  };
}

async function announce(ctx: RunContext, report: ValidationReport): Promise<void> {
  await ctx.emitter.emit('generation:validation', { ok: report.ok, violationCount: report.violationCount, warnings: report.warnings });
  await ctx.emitter.flush();
}

async function validate(ctx: RunContext, data: GeneratedData, meter: ProgressMeter): Promise<ValidationReport> {
  const report = await validateGenerated(data, tableListener(ctx, meter));
  await announce(ctx, report);
  return report;
}

async function saved(ctx: RunContext, dataset: Dataset): Promise<Dataset> {
  await ctx.emitter.emit('dataset:saved', { datasetId: dataset.id, rowCounts: dataset.rowCounts });
  await ctx.emitter.flush();
  return dataset;
}

async function save(ctx: RunContext, r: GenerationRequest, report: ValidationReport, meter: ProgressMeter): Promise<Dataset> {
  checkStopped(ctx.signal);
  const data = generate(r.schema, r.plan);
  return saved(ctx, await ctx.store.datasets.create({ project: r.project, name: r.name, schema: r.schema, plan: r.plan, validation: report, data, onProgress: saveProgress(ctx, meter) }));
}

/** The store calls `validation` after loading the rows, so the tap's report, complete by then, is saved with them. */
function createTapped(ctx: RunContext, r: GenerationRequest, tap: ValidationTap): Promise<Dataset> {
  return ctx.store.datasets.create({ project: r.project, name: r.name, schema: r.schema, plan: r.plan, validation: () => tap.report, data: tap.data });
}

/** One walk: the store loads the rows through the validation tap; a failed load still reports a finished validation first. */
async function saveValidating(ctx: RunContext, r: GenerationRequest, data: GeneratedData, meter: ProgressMeter): Promise<Dataset> {
  checkStopped(ctx.signal);
  const tap = validationTap(data, tableListener(ctx, meter));
  const dataset = await createTapped(ctx, r, tap).catch((e: unknown) => {
    if (tap.finished) void announce(ctx, tap.report).catch(() => undefined);
    throw e;
  });
  await announce(ctx, tap.report);
  return saved(ctx, dataset);
}

/**
 * True when the rows are validated as the store loads them (one walk of every row). Not on
 * PGlite: it is one session, so while its transaction loads nothing else is written or read
 * (events, job progress, API reads) and the whole job would look stalled until the commit;
 * there a separate validation pass keeps the first half of the progress live.
 */
export function validatesWhileLoading(store: Store): boolean {
  return store.kind === 'postgres';
}

/** The reader's diagnostics (line:column) and the CHECKs the generator cannot enforce (a reference date after today among them: the service reads the clock here, generation never does). */
function schemaWarnings(r: GenerationRequest): string[] {
  return [...r.warnings.map((w) => `${w.line}:${w.column}: ${w.message}`), ...unenforcedChecks(r.schema, { referenceDate: r.plan.referenceDate, now: Date.now() }).map((u) => u.message)];
}

/**
 * One generation, off the request path: announce, generate every table while judging it
 * (table events with progress), save the dataset into the store (which loads the rows and
 * audits `generate`, all or nothing). On PostgreSQL the rows are judged as the store loads
 * them, so each is made once; on PGlite they are made twice (see `validatesWhileLoading`).
 * Resolves to the saved dataset; events are flushed.
 */
export async function runGeneration(ctx: RunContext, r: GenerationRequest): Promise<Dataset> {
  const data = generate(r.schema, r.plan);
  const totalRows = data.tables.reduce((n, t) => n + t.rowCount, 0);
  const oneWalk = validatesWhileLoading(ctx.store);
  const meter = new ProgressMeter(totalRows, oneWalk ? 1 : 2);
  await ctx.emitter.emit('generation:start', { jobId: ctx.emitter.jobId, project: r.project, name: r.name, tables: r.schema.tables.length, totalRows });
  await ctx.emitter.emit('schema:parsed', { dialect: r.dialect, tables: r.schema.tables.map((t) => t.name), warnings: schemaWarnings(r) });
  if (oneWalk) return saveValidating(ctx, r, data, meter);
  return save(ctx, r, await validate(ctx, data, meter), meter);
}
