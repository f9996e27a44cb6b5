import { RowforgeError } from '../errors/index.js';
import type { Column, Schema, Table } from '../schema/index.js';
import { findColumn, findTable, isSingleColumnKey, uniqueKeys } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import type { Plan } from './plan-schema.js';
import { referenceFits, referenceMisfit } from './reference-fit.js';

type ReferenceSpec = Extract<ColumnSpec, { generator: 'reference' }>;

/** What a `reference` column reads: the other table, its key column, and that column's plan entry. */
interface Target {
  readonly table: Table;
  readonly key: Column;
  readonly spec: ColumnSpec;
  readonly rows: number;
}

function contradicts(table: Table, column: Column, why: string, hint?: string): never {
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `plan for "${table.name}.${column.name}" ${why}`, { table: table.name, column: column.name, ...(hint ? { hint } : {}) });
}

const inKey = (table: Table, column: Column): boolean => uniqueKeys(table).some((k) => k.some((c) => c.toLowerCase() === column.name.toLowerCase()));

function targetOf(schema: Schema, plan: Plan, table: Table, column: Column, s: ReferenceSpec): Target {
  const target = findTable(schema, s.table);
  const key = target ? findColumn(target, s.column) : undefined;
  const tp = target ? plan.tables[target.name] : undefined;
  const spec = key ? tp?.columns[key.name] : undefined;
  if (!target || !key || !tp || !spec) contradicts(table, column, `refers to unknown column ${s.table}(${s.column})`);
  if (!isSingleColumnKey(target, key)) contradicts(table, column, `refers to "${target.name}.${key.name}", which is not a single-column key of its table`, 'refer to its primary key, or a column UNIQUE on its own');
  return { table: target, key, spec, rows: tp.rows };
}

function checkTarget(table: Table, column: Column, rows: number, t: Target): void {
  if ((t.spec.nullRate ?? 0) > 0 || t.spec.presentWhen) contradicts(table, column, `refers to "${t.table.name}.${t.key.name}", whose plan leaves some of its keys NULL`);
  if (!referenceFits(column, t.key, t.spec, t.rows)) contradicts(table, column, `refers to "${t.table.name}.${t.key.name}" but its ${referenceMisfit(column, t.table.name, t.key)}`);
  if (t.rows === 0 && rows > 0 && !column.nullable) contradicts(table, column, `refers to "${t.table.name}", which has 0 rows, and is NOT NULL`, `give "${t.table.name}" rows, or another generator to "${column.name}"`);
}

function checkColumn(schema: Schema, plan: Plan, table: Table, column: Column, s: ReferenceSpec): void {
  if (inKey(table, column) || s.unique === true) contradicts(table, column, 'draws keys of another table, which repeat, so it cannot be a key or unique', 'give the column a unique generator');
  checkTarget(table, column, plan.tables[table.name]?.rows ?? 0, targetOf(schema, plan, table, column, s));
}

/**
 * Checks every `reference` column: the table and column it names exist, that column is its
 * table's single-column key and is never NULL, the values fit the referring column's type, and
 * the referring column is no key itself (its values repeat).
 */
export function checkReferences(schema: Schema, plan: Plan): void {
  for (const table of schema.tables) {
    for (const column of table.columns) {
      const spec = plan.tables[table.name]?.columns[column.name];
      if (spec?.generator === 'reference') checkColumn(schema, plan, table, column, spec);
    }
  }
}
