import type { Plan } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { buildModels } from './generate.js';
import type { TableModel } from './table-model.js';

/** Rows sampled per table, evenly spread over it. */
export const REDRAW_SAMPLE_ROWS = 64;

/** A column a CHECK keeps (mostly) NULL: its generator's values fail the CHECK, so redraws end on NULL. */
export interface RedrawNulls {
  readonly table: string;
  readonly column: string;
  /** The CHECK's label, e.g. `CHECK (sku ~ '…')` or `domain us_zip on post`. */
  readonly check: string;
  /** Sampled rows whose value is NULL only because the CHECK rejected the values drawn. */
  readonly nulls: number;
  /** Sampled rows whose value is NULL, for any reason (the plan's `nullRate` too). */
  readonly allNulls: number;
  readonly sampled: number;
  /** One line for a warning: what, how often, and how to fix it. */
  readonly message: string;
}

interface Tally {
  readonly column: number;
  readonly check: string;
  nulls: number;
}

interface TableSample {
  readonly sampled: number;
  readonly tallies: Tally[];
  /** NULLs per column over the sample. */
  readonly nullsOf: number[];
}

/** The sampled rows of a table of `rows` rows: all of them up to `sample`, else `sample` evenly spread. */
function sampleRows(rows: number, sample: number): number[] {
  const n = Math.min(rows, sample);
  return Array.from({ length: n }, (_, k) => Math.floor((k * rows) / n));
}

function tally(byKey: Map<string, Tally>, column: number, check: string): void {
  const key = `${column}\u0000${check}`;
  const t = byKey.get(key) ?? { column, check, nulls: 0 };
  t.nulls++;
  byKey.set(key, t);
}

function sampleTable(model: TableModel, rows: readonly number[]): TableSample {
  const byKey = new Map<string, Tally>();
  const nullsOf = model.table.columns.map(() => 0);
  for (const r of rows) {
    const probe = model.probeRow(r);
    if (!probe) continue;
    probe.values.forEach((v, i) => { if (v === null) nullsOf[i] = (nullsOf[i] ?? 0) + 1; });
    for (const column of probe.nulled) tally(byKey, column, probe.check ?? '');
  }
  return { sampled: rows.length, tallies: [...byKey.values()], nullsOf };
}

function warningOf(model: TableModel, plan: Plan, t: Tally, s: TableSample): RedrawNulls {
  const table = model.table.name;
  const column = model.table.columns[t.column]?.name ?? '';
  const rate = plan.tables[table]?.columns[column]?.nullRate ?? 0;
  const allNulls = s.nullsOf[t.column] ?? t.nulls;
  return {
    table, column, check: t.check, nulls: t.nulls, allNulls, sampled: s.sampled,
    message: `"${table}".${column} is NULL in ${allNulls} of ${s.sampled} sampled rows (the plan asks for ${Math.round(rate * 100)}%), ` +
      `${t.nulls} of them only because ${t.check} rejected every value its generator drew: the CHECK passes on NULL, so the redraws ended there. ` +
      'Edit the column\'s generator so it makes values the CHECK accepts',
  };
}

/**
 * Columns a CHECK quietly turns (mostly) NULL: the engine redraws a row that fails a CHECK, and
 * on a nullable column a redraw eventually lands on NULL, which passes, so a generator the CHECK
 * cannot be met by leaves the column NULL. Makes up to `sample` rows of each table as the run
 * makes them (deterministic: cells are pure functions of the row; no worker involved) and
 * reports each column where at least a quarter of them are NULL only that way.
 *
 * @example
 * ```ts
 * for (const w of redrawNulls(schema, plan)) console.warn(w.message)
 * ```
 */
export function redrawNulls(schema: Schema, plan: Plan, sample = REDRAW_SAMPLE_ROWS): RedrawNulls[] {
  const run = buildModels(schema, plan);
  return [...run.models.values()].flatMap((model) => {
    const s = sampleTable(model, sampleRows(model.rows, sample));
    return s.tallies.filter((t) => t.nulls >= 2 && t.nulls * 4 >= s.sampled).map((t) => warningOf(model, run.plan, t, s));
  });
}
