/**
 * Edits a printed plan (`rowforge plan`) in place.
 *
 * Written against `plan.tables[<table>].columns[<column>] = { generator: 'enum', values, weights }`
 * (records keyed by name, as packages/core/src/plan/plan-schema.ts has them); arrays of
 * `{ name, ... }` are accepted too. TODO(plan-shape): if the plan JSON changes, adjust here only.
 */
type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function entry(container: unknown, name: string, what: string): Json {
  if (Array.isArray(container)) {
    const hit = container.find((x) => isObject(x) && typeof x['name'] === 'string' && x['name'].toLowerCase() === name.toLowerCase());
    if (isObject(hit)) return hit;
  } else if (isObject(container)) {
    const key = Object.keys(container).find((k) => k === name) ?? Object.keys(container).find((k) => k.toLowerCase() === name.toLowerCase());
    const hit = key === undefined ? undefined : container[key];
    if (isObject(hit)) return hit;
  }
  throw new Error(`plan has no ${what} "${name}" (plan shape changed? see TODO(plan-shape) in tests/support/plan-edit.ts)`);
}

/** The plan entry of one column (throws with a pointer to this file when the shape differs). */
export function planColumn(plan: unknown, table: string, column: string): Json {
  if (!isObject(plan)) throw new Error('plan is not a JSON object');
  const t = entry(plan['tables'], table, 'table');
  return entry(t['columns'], column, `column ${table}.`);
}

/** Merges `patch` into one column's plan entry. */
export function patchPlanColumn(plan: unknown, table: string, column: string, patch: Json): void {
  const c = planColumn(plan, table, column);
  Object.assign(c, patch);
}

/** Renames a column's entry (to make the plan contradict the schema). */
export function renamePlanColumn(plan: unknown, table: string, column: string, newName: string): void {
  if (!isObject(plan)) throw new Error('plan is not a JSON object');
  const t = entry(plan['tables'], table, 'table');
  const cols = t['columns'];
  if (Array.isArray(cols)) {
    entry(cols, column, `column ${table}.`)['name'] = newName;
  } else if (isObject(cols)) {
    const key = Object.keys(cols).find((k) => k.toLowerCase() === column.toLowerCase());
    if (key === undefined) throw new Error(`plan has no column ${table}.${column}`);
    cols[newName] = cols[key];
    delete cols[key];
  } else {
    throw new Error('plan table has no columns container (see TODO(plan-shape))');
  }
}

/** Adds a copy of an existing table's entry under a new name (a table the schema does not have). */
export function addPlanTableCopy(plan: unknown, table: string, newName: string): void {
  if (!isObject(plan)) throw new Error('plan is not a JSON object');
  const tables = plan['tables'];
  const copy = JSON.parse(JSON.stringify(entry(tables, table, 'table'))) as Json;
  if (Array.isArray(tables)) {
    copy['name'] = newName;
    tables.push(copy);
  } else if (isObject(tables)) {
    if ('name' in copy) copy['name'] = newName;
    tables[newName] = copy;
  }
}
