import type { Schema, Table } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { compileChecks } from './compile-checks.js';
import { applyHourChecks } from './hour-checks.js';
import { dropUnroundSteps } from './round-steps.js';
import { columnContext } from './infer/column-context.js';
import { enforceCompositeKeys, widenKeyIntegers } from './infer/composite-keys.js';
import { defaultNullRate, inferColumn } from './infer/infer-column.js';
import { inferForeignKeys } from './infer/infer-foreign-keys.js';
import { inferReferences } from './infer/infer-references.js';
import { fitReferencing } from './infer/fit-referencing.js';
import { lifecyclePresence } from './lifecycle-presence.js';
import type { Plan, TablePlan } from './plan-schema.js';
import { rowCounts, type RowCap } from './row-counts.js';
import { validatePlan } from './validate-plan.js';

export interface PlanOptions {
  /** Rows for every table without an override (default 1000), at most what the table's integer keys (and the foreign key columns copying them) hold. */
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

function fkColumns(table: Table): Set<string> {
  return new Set(table.foreignKeys.flatMap((fk) => fk.columns.map((c) => c.toLowerCase())));
}

function planTable(schema: Schema, table: Table, rows: number, referenceDate: string): TablePlan {
  const fks = fkColumns(table);
  const columns: Record<string, ColumnSpec> = {};
  for (const column of table.columns) {
    const ctx = columnContext(table, column, referenceDate, rows);
    const spec: ColumnSpec = fks.has(column.name.toLowerCase()) ? { generator: 'foreignKey' } : fitReferencing(schema, ctx, inferColumn(ctx));
    const nullRate = defaultNullRate(ctx);
    columns[column.name] = nullRate > 0 && spec.generator !== 'foreignKey' && !spec.unique ? { ...spec, nullRate } : spec;
  }
  widenKeyIntegers(table, columns, rows);
  compileChecks(table, columns, referenceDate);
  applyHourChecks(table, columns);
  dropUnroundSteps(table, columns);
  lifecyclePresence(table, columns);
  enforceCompositeKeys(table, columns, rows);
  return { rows, columns, foreignKeys: inferForeignKeys(table, referenceDate) };
}

/** An inferred plan and the tables it kept under the row count asked for. */
export interface PlanReport {
  readonly plan: Plan;
  /** Tables without a --rows-for count given fewer rows than `rows`, because a key (or a column referring to one) holds no more. */
  readonly capped: readonly RowCap[];
}

/**
 * {@link planFor}, and which tables it kept under the row count asked for, and why.
 *
 * @example
 * ```ts
 * const { plan, capped } = planReport(schema, { rows: 40000 })
 * capped // [{ table: 'big', rows: 32767, reason: '"c.pid" (smallint), which refers to its key "id", holds no more of its keys' }]
 * ```
 */
export function planReport(schema: Schema, options: PlanOptions = {}): PlanReport {
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const { rows, capped } = rowCounts(schema, options.rows ?? DEFAULT_ROWS, options.rowsFor ?? {});
  const tables: Record<string, TablePlan> = {};
  for (const t of schema.tables) tables[t.name] = planTable(schema, t, rows.get(t.name) ?? DEFAULT_ROWS, referenceDate);
  inferReferences(schema, tables);
  const plan: Plan = {
    format: 'rowforge.plan', version: 1, seed: String(options.seed ?? '1'), referenceDate, locale: 'en_US',
    defaultRows: options.rows ?? DEFAULT_ROWS, tables,
  };
  return { plan: validatePlan(schema, plan), capped };
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
  return planReport(schema, options).plan;
}
