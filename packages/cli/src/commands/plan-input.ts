import { DEFAULT_ROWS, planFor, RowforgeError, validatePlan, type Plan, type Schema } from '@rowforge/core';
import { readText } from '../read-schema.js';

export interface PlanFlags {
  readonly rows?: number;
  readonly rowsFor?: Record<string, number>;
  readonly seed?: string;
  readonly plan?: string;
  readonly referenceDate?: string;
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

/** The plan for a run: an edited one from --plan, or one inferred from the schema. */
export function planFromFlags(schema: Schema, flags: PlanFlags): Plan {
  if (flags.plan) return override(schema, validatePlan(schema, readPlanFile(flags.plan)), flags);
  return planFor(schema, {
    ...(flags.rows !== undefined ? { rows: flags.rows } : {}),
    ...(flags.rowsFor ? { rowsFor: flags.rowsFor } : {}),
    ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
    ...(flags.referenceDate ? { referenceDate: flags.referenceDate } : {}),
  });
}

/**
 * Notes for the tables an inferred plan kept under the default row count because an integer key
 * holds no more (a TINYINT UNSIGNED id: 255 rows).
 */
export function rowCountNotes(plan: Plan, flags: PlanFlags): string[] {
  if (flags.plan) return [];
  const wanted = flags.rows ?? DEFAULT_ROWS;
  const given = new Set(Object.keys(flags.rowsFor ?? {}).map((n) => n.toLowerCase()));
  return Object.entries(plan.tables)
    .filter(([name, t]) => t.rows < wanted && !given.has(name.toLowerCase()))
    .map(([name, t]) => `"${name}" gets ${t.rows.toLocaleString('en-US')} rows: its integer key, or a parent it has one row per, holds no more (--rows-for ${name}=N sets fewer)`);
}
