import { RowforgeError } from '../errors/index.js';
import type { TablePlan } from '../plan/index.js';
import type { Row, Table, Value } from '../schema/index.js';
import { findColumn } from '../schema/index.js';
import { buildCell } from './cells/build-cell.js';
import type { CellEnv } from './cells/cell-env.js';
import { checkReads, firstFailingIndex } from './checks/check-reads.js';
import { firstFailing, rowLookup, runtimeChecks, type RuntimeCheck } from './checks/runtime-checks.js';
import { closureOf, columnOrder } from './column-order.js';
import type { ParentPicker } from './keys/parent-picker.js';
import { streamKey } from './rng.js';
import { RowContext, type CellFn } from './row-context.js';

/** A foreign key resolved to the parent's model: picker plus child → parent column mapping. */
export interface LinkedKey {
  readonly picker: ParentPicker;
  readonly parent: TableModel;
  readonly childColumns: readonly number[];
  readonly parentColumns: readonly number[];
}

export const MAX_ATTEMPTS = 100;

/** What redraws did to one row (see `TableModel.probeRow`). */
export interface RedrawProbe {
  /** The label of the CHECK the row's first draw failed; undefined when it passed. */
  readonly check?: string;
  /** Columns that CHECK reads which were not NULL at the first draw and are NULL in the row as written. */
  readonly nulled: readonly number[];
  /** The row as written (the model's reused array: read it before the next row). */
  readonly values: readonly Value[];
}

/**
 * One table compiled for generation: a cell function per column, the order to run them in,
 * foreign keys linked to parent models, and the CHECKs to enforce by redraw.
 */
export class TableModel {
  readonly table: Table;
  readonly rows: number;
  readonly #cells: CellFn[];
  readonly #order: number[];
  readonly #deps: number[][];
  readonly #sharesRowState: boolean[];
  readonly #free: boolean[];
  readonly #checks: RuntimeCheck[];
  readonly #ctx: RowContext;
  readonly #lookups: ((n: string | undefined) => Value)[];
  #keys: LinkedKey[] = [];
  /** The foreign key that fills each column, if any. */
  #keyOf: (LinkedKey | undefined)[] = [];
  readonly #lookupCtx: RowContext;
  #lookupRow = -1;
  readonly #lookupDone: Uint8Array;

  constructor(table: Table, plan: TablePlan, rows: number, env: Omit<CellEnv, 'table' | 'column' | 'spec' | 'key' | 'rows' | 'indexOf' | 'locationKey' | 'personKey' | 'specOf'>) {
    this.table = table;
    this.rows = rows;
    const indexOf = (name: string): number => indexOfColumn(table, name);
    const built = table.columns.map((column) => buildCell({
      ...env, table, column, rows, indexOf,
      spec: plan.columns[column.name] ?? { generator: 'constant', value: null },
      key: streamKey(env.seed, table.name, column.name),
      locationKey: streamKey(env.seed, table.name, '@location'),
      personKey: streamKey(env.seed, table.name, '@person'),
      specOf: (name: string) => plan.columns[findColumn(table, name)?.name ?? name],
    }));
    this.#cells = built.map((b) => b.fn);
    this.#deps = built.map((b) => [...b.deps]);
    this.#sharesRowState = built.map((b) => b.sharesRowState === true);
    this.#order = columnOrder(table.name, table.columns.map((c) => c.name), this.#deps);
    this.#free = freeColumns(table, plan);
    this.#checks = runtimeChecks(table, env.referenceDay);
    this.#ctx = new RowContext(table.columns.length);
    this.#lookupCtx = new RowContext(table.columns.length);
    this.#lookupDone = new Uint8Array(table.columns.length);
    this.#lookups = this.#checks.map((c) => rowLookup(table, this.#ctx.values, c.self));
  }

  /** Replaces a column's cell (key tuples fill their non-FK columns from the row's tuple). */
  overrideCell(col: number, fn: CellFn): void {
    this.#cells[col] = fn;
    this.#deps[col] = [];
    this.#sharesRowState[col] = false;
    this.#closures = [];
  }

  /** Attaches resolved foreign keys (done after every model exists, since FKs may form cycles). */
  link(keys: LinkedKey[]): void {
    this.#keys = keys;
    this.#keyOf = this.table.columns.map((_, i) => keys.find((k) => k.childColumns.includes(i)));
    this.#closures = [];
  }

  #fillKeys(ctx: RowContext, row: number): void {
    for (const k of this.#keys) {
      const p = k.picker(row);
      for (let j = 0; j < k.childColumns.length; j++) {
        ctx.values[k.childColumns[j] as number] = p < 0 ? null : k.parent.valueAt(k.parentColumns[j] as number, p);
      }
    }
  }

  #compute(ctx: RowContext, row: number, attempt: number, onlyFree: boolean): void {
    ctx.start(row, attempt);
    for (const i of this.#order) {
      if (onlyFree && !this.#free[i]) continue;
      if (this.#keyOf[i]) continue;
      ctx.values[i] = (this.#cells[i] as CellFn)(ctx);
    }
  }

  /** Computes row `row` into the model's context; CHECK failures redraw the free columns. */
  computeRow(row: number): readonly Value[] {
    const ctx = this.#ctx;
    this.#fillKeys(ctx, row);
    this.#compute(ctx, row, 0, false);
    for (let attempt = 1; this.#checks.length > 0; attempt++) {
      const failing = firstFailing(this.#checks, this.#lookups);
      if (failing === undefined) break;
      if (attempt >= MAX_ATTEMPTS) this.#exhausted(failing, row);
      this.#compute(ctx, row, attempt, true);
    }
    return ctx.values;
  }

  /**
   * Makes row `row` exactly as `computeRow` does and tells which CHECK its first draw failed and
   * which free columns that CHECK reads the redraws left NULL (a NULL passes the CHECK, so a
   * generator whose values it rejects ends on its NULL draw). Undefined when every redraw
   * failed (generation stops on that row with CHECK_REDRAW_EXHAUSTED). For diagnostics on a
   * sample of rows: `computeRow` stays free of this bookkeeping.
   */
  probeRow(row: number): RedrawProbe | undefined {
    const ctx = this.#ctx;
    this.#fillKeys(ctx, row);
    this.#compute(ctx, row, 0, false);
    const first = firstFailingIndex(this.#checks, this.#lookups);
    if (first < 0) return { nulled: [], values: ctx.values };
    const check = this.#checks[first] as RuntimeCheck;
    const reads = checkReads(this.table, check).filter((i) => this.#free[i] && ctx.values[i] !== null);
    for (let attempt = 1; firstFailingIndex(this.#checks, this.#lookups) >= 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS) return undefined;
      this.#compute(ctx, row, attempt, true);
    }
    return { check: check.label, nulled: reads.filter((i) => ctx.values[i] === null), values: ctx.values };
  }

  #exhausted(label: string, row: number): never {
    throw new RowforgeError('CHECK_REDRAW_EXHAUSTED', `row ${row + 1} of "${this.table.name}" still fails ${label} after ${MAX_ATTEMPTS} redraws`, {
      table: this.table.name, constraint: label, hint: 'edit the plan so the generators produce values the CHECK accepts',
    });
  }

  /**
   * The value of one column at a row, computing only what that column needs, at the first
   * attempt: referenced columns are keys, which redraws never change, so this always agrees
   * with the row as written.
   */
  valueAt(col: number, row: number): Value {
    const ctx = this.#lookupCtx;
    if (this.#lookupRow !== row) { this.#lookupRow = row; this.#lookupDone.fill(0); ctx.start(row, 0); }
    if (!this.#lookupDone[col]) this.#computeClosure(ctx, col, row);
    return ctx.values[col] ?? null;
  }

  #closures: (number[] | undefined)[] = [];

  #computeClosure(ctx: RowContext, col: number, row: number): void {
    const closure = (this.#closures[col] ??= this.#lookupOrder(col));
    for (const i of closure) {
      if (this.#lookupDone[i]) continue;
      const key = this.#keyOf[i];
      if (key) {
        const p = key.picker(row);
        const j = key.childColumns.indexOf(i);
        ctx.values[i] = p < 0 ? null : key.parent.valueAt(key.parentColumns[j] as number, p);
      } else ctx.values[i] = (this.#cells[i] as CellFn)(ctx);
      this.#lookupDone[i] = 1;
    }
  }

  /**
   * What a lookup of `col` computes, in row order: the columns it needs and, when one of them
   * reads state the row's cells share (location, sex), every column that does with the columns
   * those read (an email's names), so the one that draws it first is the same as in the row (a
   * phone's digits, a first name depend on it), whichever lookup of the row comes first.
   */
  #lookupOrder(col: number): number[] {
    const closure = closureOf(col, this.#order, this.#deps);
    if (!closure.some((i) => this.#sharesRowState[i])) return closure;
    const sharing = this.#order.filter((i) => this.#sharesRowState[i] && !this.#keyOf[i]);
    const need = new Set([...closure, ...sharing.flatMap((i) => closureOf(i, this.#order, this.#deps))]);
    return this.#order.filter((i) => need.has(i));
  }

  /** Calls `visit` with rows [start, end) in order, in the model's reused row array. */
  eachRow(start: number, end: number, visit: (row: readonly Value[]) => void): void {
    for (let r = start; r < end; r++) visit(this.computeRow(r));
  }

  /** Rows [start, end) in batches of `size`, each row a fresh array in column order. */
  *batches(start: number, end: number, size = 1000): Generator<Row[]> {
    for (let from = start; from < end; from += size) {
      const batch: Row[] = [];
      const to = Math.min(end, from + size);
      for (let r = from; r < to; r++) batch.push(this.computeRow(r).slice());
      yield batch;
    }
  }
}

function indexOfColumn(table: Table, name: string): number {
  const col = findColumn(table, name);
  const i = col ? table.columns.indexOf(col) : -1;
  if (i < 0) throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `"${table.name}" has no column "${name}"`, { table: table.name, column: name });
  return i;
}

/** Columns a redraw may change: not part of a key, not a sequence. */
function freeColumns(table: Table, plan: TablePlan): boolean[] {
  const keyed = new Set<string>([
    ...(table.primaryKey?.columns ?? []), ...table.uniques.flatMap((u) => u.columns), ...table.foreignKeys.flatMap((f) => f.columns),
  ].map((c) => c.toLowerCase()));
  return table.columns.map((c) => !keyed.has(c.name.toLowerCase()) && plan.columns[c.name]?.generator !== 'sequence');
}
