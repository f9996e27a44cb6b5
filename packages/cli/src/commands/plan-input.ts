import { planReport, RowforgeError, unfitLabels, validatePlan, type Plan, type RowCap, type Schema } from '@rowforge/core';
import { readText } from '../read-schema.js';

export interface PlanFlags {
  readonly rows?: number;
  readonly rowsFor?: Record<string, number>;
  readonly seed?: string;
  readonly plan?: string;
  readonly referenceDate?: string;
  /** Leave columns of types Rowforge cannot generate out, with a warning, instead of refusing the schema. */
  readonly omitUnsupported?: boolean;
}

function readPlanFile(path: string): unknown {
  const text = readText(path, 'plan file');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RowforgeError('PLAN_INVALID', `plan file "${path}" is not valid JSON: ${(e as Error).message}`, { path });
  }
}

/** Applies --seed/--rows/--rows-for on top of an edited plan. */
function override(schema: Schema, plan: Plan, flags: PlanFlags): Plan {
  const tables = { ...plan.tables };
  for (const name of Object.keys(tables)) {
    const rows = flags.rowsFor?.[name] ?? flags.rows;
    if (rows !== undefined) tables[name] = { ...tables[name]!, rows };
  }
  for (const name of Object.keys(flags.rowsFor ?? {})) {
    if (!schema.tables.some((t) => t.name === name)) throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `--rows-for names unknown table "${name}"`, { table: name });
  }
  return validatePlan(schema, { ...plan, tables, ...(flags.seed !== undefined ? { seed: flags.seed } : {}) });
}

/** The tables each inferred plan kept under the row count asked for, as the planner reported them. */
const cappedTables = new WeakMap<Plan, readonly RowCap[]>();

/** The plan for a run: an edited one from --plan, or one inferred from the schema. */
export function planFromFlags(schema: Schema, flags: PlanFlags): Plan {
  if (flags.plan) return override(schema, validatePlan(schema, readPlanFile(flags.plan)), flags);
  const { plan, capped } = planReport(schema, {
    ...(flags.rows !== undefined ? { rows: flags.rows } : {}),
    ...(flags.rowsFor ? { rowsFor: flags.rowsFor } : {}),
    ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
    ...(flags.referenceDate ? { referenceDate: flags.referenceDate } : {}),
  });
  cappedTables.set(plan, capped);
  return plan;
}

/**
 * Notes for the tables an inferred plan (from {@link planFromFlags}) kept under the row count
 * asked for, with the planner's reason: an integer key holds no more (a TINYINT UNSIGNED id:
 * 255 rows), a narrower foreign key column refers to it, or it has one row per parent.
 */
export function rowCountNotes(plan: Plan, flags: PlanFlags): string[] {
  if (flags.plan) return [];
  return (cappedTables.get(plan) ?? []).map((c) => `"${c.table}" gets ${c.rows.toLocaleString('en-US')} rows: ${c.reason} (--rows-for ${c.table}=N sets fewer)`);
}

/**
 * Warnings for CHECK labels too long for their column, which an inferred plan leaves out
 * (`'uncollectible'` in a VARCHAR(12)); none for a given plan, which validation checks instead.
 */
export function unfitLabelWarnings(schema: Schema, flags: PlanFlags): string[] {
  if (flags.plan) return [];
  return unfitLabels(schema).map((u) => `${u.message} (${u.labels.length === 0 ? 'widen the column for a database that checks lengths' : `widen the column to draw ${u.labels.length === 1 ? 'it' : 'them'}`})`);
}
