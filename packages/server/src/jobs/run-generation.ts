import { generate, RowforgeError, unenforcedChecks, type GeneratedData, type ProgressEvent, type TableData, type ValidationReport } from '@rowforge/core';
import type { Dataset, Store } from '@rowforge/store';
import type { GenerationRequest } from './generation-request.js';
import type { JobEmitter } from './job-emitter.js';
import { crossedTenth, ProgressMeter } from './progress-meter.js';
import { validateGenerated, type TableListener } from './validate-generated.js';

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

async function validate(ctx: RunContext, data: GeneratedData, meter: ProgressMeter): Promise<ValidationReport> {
  const report = await validateGenerated(data, tableListener(ctx, meter));
  await ctx.emitter.emit('generation:validation', { ok: report.ok, violationCount: report.violationCount, warnings: report.warnings });
  await ctx.emitter.flush();
  return report;
}

async function save(ctx: RunContext, r: GenerationRequest, report: ValidationReport, meter: ProgressMeter): Promise<Dataset> {
  checkStopped(ctx.signal);
  const data = generate(r.schema, r.plan);
  const dataset = await ctx.store.datasets.create({ project: r.project, name: r.name, schema: r.schema, plan: r.plan, validation: report, data, onProgress: saveProgress(ctx, meter) });
  await ctx.emitter.emit('dataset:saved', { datasetId: dataset.id, rowCounts: dataset.rowCounts });
  await ctx.emitter.flush();
  return dataset;
}

/** The reader's diagnostics (line:column) and the CHECKs the generator cannot enforce (a reference date after today among them: the service reads the clock here, generation never does). */
function schemaWarnings(r: GenerationRequest): string[] {
  return [...r.warnings.map((w) => `${w.line}:${w.column}: ${w.message}`), ...unenforcedChecks(r.schema, { referenceDate: r.plan.referenceDate, now: Date.now() }).map((u) => u.message)];
}

/**
 * One generation, off the request path: announce, generate every table while judging it
 * (table events with progress), save the dataset into the store (which loads the rows and
 * audits `generate`, all or nothing). Resolves to the saved dataset; events are flushed.
 */
export async function runGeneration(ctx: RunContext, r: GenerationRequest): Promise<Dataset> {
  const data = generate(r.schema, r.plan);
  const totalRows = data.tables.reduce((n, t) => n + t.rowCount, 0);
  const meter = new ProgressMeter(totalRows);
  await ctx.emitter.emit('generation:start', { jobId: ctx.emitter.jobId, project: r.project, name: r.name, tables: r.schema.tables.length, totalRows });
  await ctx.emitter.emit('schema:parsed', { dialect: r.dialect, tables: r.schema.tables.map((t) => t.name), warnings: schemaWarnings(r) });
  const report = await validate(ctx, data, meter);
  return save(ctx, r, report, meter);
}
