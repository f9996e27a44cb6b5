import { RowforgeError } from '../errors/index.js';
import type { Schema, Table } from '../schema/index.js';
import { findColumn, findTable, isSingleColumnKey } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { compileChecks } from './compile-checks.js';
import { columnContext } from './infer/column-context.js';
import { enforceCompositeKeys, widenKeyIntegers } from './infer/composite-keys.js';
import { defaultNullRate, inferColumn } from './infer/infer-column.js';
import { inferForeignKeys } from './infer/infer-foreign-keys.js';
import type { Plan, TablePlan } from './plan-schema.js';
import { keyRowLimit } from './key-row-limit.js';
import { validatePlan } from './validate-plan.js';

export interface PlanOptions {
  /** Rows for every table without an override (default 1000), at most what the table's integer keys hold. */
  readonly rows?: number;
  /** Per-table row counts, by table name. */
  readonly rowsFor?: Readonly<Record<string, number>>;
  /** Any string or number; the same seed gives the same bytes (default "1"). */
  readonly seed?: string | number;
  /** ISO date that dates are generated relative to (default 2026-01-01). */
  readonly referenceDate?: string;
}

export const DEFAULT_REFERENCE_DATE = '2026-01-01';
export const DEFAULT_ROWS = 1000;

/** Tables without a --rows-for count get the default, kept within what their integer keys hold (a TINYINT-keyed lookup table gets 255). */
function rowsFor(schema: Schema, options: PlanOptions): Map<string, number> {
  const out = new Map(schema.tables.map((t) => [t.name, Math.min(options.rows ?? DEFAULT_ROWS, keyRowLimit(t))]));
  const given = new Set<string>();
  for (const [name, n] of Object.entries(options.rowsFor ?? {})) {
    const t = findTable(schema, name);
    if (!t) throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `--rows-for names unknown table "${name}"`, { table: name, hint: `tables: ${schema.tables.map((x) => x.name).join(', ')}` });
    out.set(t.name, n);
    given.add(t.name);
  }
  for (let pass = 0; pass < schema.tables.length; pass++) schema.tables.forEach((t) => { if (!given.has(t.name)) capByUniqueParents(schema, t, out); });
  return out;
}

/** A table whose single-column foreign key is unique (one row per parent) gets at most its parent's rows, when that parent was kept within its key. */
function capByUniqueParents(schema: Schema, table: Table, rows: Map<string, number>): void {
  for (const fk of table.foreignKeys) {
    const column = fk.columns.length === 1 ? findColumn(table, fk.columns[0]!) : undefined;
    const parent = column && isSingleColumnKey(table, column) ? findTable(schema, fk.refTable) : undefined;
    const cap = parent ? rows.get(parent.name) : undefined;
    if (cap !== undefined && cap < (rows.get(table.name) ?? 0)) rows.set(table.name, cap);
  }
}

function fkColumns(table: Table): Set<string> {
  return new Set(table.foreignKeys.flatMap((fk) => fk.columns.map((c) => c.toLowerCase())));
}

function planTable(table: Table, rows: number, referenceDate: string): TablePlan {
  const fks = fkColumns(table);
  const columns: Record<string, ColumnSpec> = {};
  for (const column of table.columns) {
    const ctx = columnContext(table, column, referenceDate, rows);
    const spec: ColumnSpec = fks.has(column.name.toLowerCase()) ? { generator: 'foreignKey' } : inferColumn(ctx);
    const nullRate = defaultNullRate(ctx);
    columns[column.name] = nullRate > 0 && spec.generator !== 'foreignKey' && !spec.unique ? { ...spec, nullRate } : spec;
  }
  widenKeyIntegers(table, columns, rows);
  compileChecks(table, columns);
  enforceCompositeKeys(table, columns, rows);
  return { rows, columns, foreignKeys: inferForeignKeys(table, referenceDate) };
}

/**
 * Infers a generation plan for a schema, offline: a generator per column from its name, type,
 * table and neighbours; CHECK bounds compiled in; a children-per-parent distribution per FK.
 *
 * @example
 * ```ts
 * await loadParsers()
 * const { schema } = parseSchema(ddl)
 * const plan = planFor(schema, { rows: 500, rowsFor: { Orders: 5000 }, seed: 42 })
 * ```
 */
export function planFor(schema: Schema, options: PlanOptions = {}): Plan {
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const rows = rowsFor(schema, options);
  const tables: Record<string, TablePlan> = {};
  for (const t of schema.tables) tables[t.name] = planTable(t, rows.get(t.name) ?? DEFAULT_ROWS, referenceDate);
  const plan: Plan = {
    format: 'rowforge.plan', version: 1, seed: String(options.seed ?? '1'), referenceDate, locale: 'en_US',
    defaultRows: options.rows ?? DEFAULT_ROWS, tables,
  };
  return validatePlan(schema, plan);
}
