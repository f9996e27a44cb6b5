import { RowforgeError } from '../errors/index.js';
import type { Column, Schema, Table } from '../schema/index.js';
import { baseType, describeType, findColumn, isForeignKeyColumn, isSingleColumnKey, regexShape } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { checkFormula } from './check-formula.js';
import { checkPresentWhen } from './check-present-when.js';
import { checkRatingColumn } from './check-rating-column.js';
import { checkReferences } from './check-reference.js';
import { checkReferencedKeys } from './check-referenced-keys.js';
import { checkReferencedText } from './check-referenced-text.js';
import { generatorFits, uniqueCapacity } from './generator-compat.js';
import { labelFits, labelLength } from './label-fit.js';
import { sequenceRoom } from './sequence-room.js';
import { specRangeProblem } from './spec-range-problem.js';
import { describeReference } from './infer/infer-foreign-keys.js';
import { PlanSchema, type Plan, type TablePlan } from './plan-schema.js';

function contradicts(message: string, details: Record<string, unknown>): never {
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', message, details);
}

function parsePlan(input: unknown): Plan {
  const result = PlanSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') || '<root>';
  throw new RowforgeError('PLAN_INVALID', `invalid plan at ${path}: ${issue?.message ?? 'unknown problem'}`, { path });
}

function checkReferencedColumns(table: Table, column: Column, spec: ColumnSpec): void {
  const refs = [
    spec.generator === 'after' ? spec.column : undefined,
    spec.generator === 'email' || spec.generator === 'username' ? spec.firstColumn : undefined,
    spec.generator === 'email' || spec.generator === 'username' ? spec.lastColumn : undefined,
    spec.generator === 'url' || spec.generator === 'vocabulary' ? spec.fromColumn : undefined,
  ];
  for (const r of refs) {
    if (r !== undefined && !findColumn(table, r)) {
      contradicts(`plan for "${table.name}.${column.name}" refers to unknown column "${r}"`, { table: table.name, column: column.name });
    }
  }
}

function checkEnumValues(table: Table, column: Column, spec: ColumnSpec): void {
  const t = baseType(column.type);
  if (spec.generator !== 'enum') return;
  if (spec.weights && spec.weights.length !== spec.values.length) {
    contradicts(`plan for "${table.name}.${column.name}" has ${spec.values.length} values but ${spec.weights.length} weights`, { table: table.name, column: column.name });
  }
  const bad = t.kind === 'enum' ? spec.values.find((v) => !t.values.includes(String(v))) : undefined;
  if (bad !== undefined) {
    contradicts(`plan for "${table.name}.${column.name}" uses "${bad}", which is not a value of ${describeType(column.type)}`, { table: table.name, column: column.name });
  }
  checkEnumLengths(table, column, spec.values);
}

/** An enum value longer than its `VARCHAR(n)` column beside values that fit: every row drawing it would fail to load (none fitting is a length not meant, as inference reads it). */
function checkEnumLengths(table: Table, column: Column, values: readonly (string | number)[]): void {
  const long = values.find((v) => !labelFits(v, column));
  if (long === undefined || !values.some((v) => labelFits(v, column))) return;
  contradicts(`plan for "${table.name}.${column.name}" uses "${long}" (${labelLength(long)} characters), which cannot fit ${describeType(baseType(column.type))}`, {
    table: table.name, column: column.name, hint: 'leave the value out of the enum, or widen the column',
  });
}

function checkColumn(table: Table, column: Column, spec: ColumnSpec, rows: number): void {
  const where = `"${table.name}.${column.name}"`;
  const problem = specRangeProblem(spec);
  if (problem) throw new RowforgeError('PLAN_INVALID', `plan for ${where}: ${problem}`, { table: table.name, column: column.name, hint: 'fix the generator\'s parameters in the plan' });
  const fk = isForeignKeyColumn(table, column);
  if (fk !== (spec.generator === 'foreignKey')) {
    contradicts(fk ? `${where} is a foreign key: its generator must be "foreignKey"` : `${where} is not a foreign key but its generator is "foreignKey"`, { table: table.name, column: column.name });
  }
  if (!generatorFits(spec, column.type)) {
    contradicts(`generator "${spec.generator}" cannot fill ${where} of type ${describeType(column.type)}`, { table: table.name, column: column.name });
  }
  if ((spec.nullRate ?? 0) > 0 && !column.nullable) {
    contradicts(`${where} is NOT NULL but the plan gives it a nullRate of ${String(spec.nullRate)}`, { table: table.name, column: column.name });
  }
  checkReferencedColumns(table, column, spec);
  checkRatingColumn(table, column, spec);
  checkEnumValues(table, column, spec);
  if (spec.generator === 'regex' && regexShape(spec.pattern) === undefined) {
    contradicts(`plan for ${where} has a regex the generator cannot read: ${spec.pattern}`, { table: table.name, column: column.name, hint: 'use classes, ranges, groups, | and the quantifiers * + ? {n,m}' });
  }
  if ((isSingleColumnKey(table, column) || spec.unique === true) && !fk) checkCapacity(table, column, spec, rows);
}

function checkCapacity(table: Table, column: Column, spec: ColumnSpec, rows: number): void {
  const cap = Math.min(uniqueCapacity(spec, column.type), sequenceRoom(spec, column.type));
  if (rows > cap) {
    throw new RowforgeError('UNIQUE_CAPACITY', `"${table.name}.${column.name}" must be unique but its ${describeType(column.type)} values allow only ${cap} distinct value(s) for ${rows} rows`, {
      table: table.name, column: column.name, constraint: 'UNIQUE', hint: `lower the row count to at most ${cap}, e.g. --rows-for ${table.name}=${cap}, or widen the column`,
    });
  }
}

function checkForeignKeys(table: Table, tp: TablePlan): void {
  const planned = new Set(tp.foreignKeys.map((f) => `${f.columns.join(',').toLowerCase()}->${f.references.toLowerCase()}`));
  for (const fk of table.foreignKeys) {
    const key = `${fk.columns.join(',').toLowerCase()}->${describeReference(fk).toLowerCase()}`;
    if (!planned.has(key)) contradicts(`plan for "${table.name}" lacks foreign key (${fk.columns.join(', ')}) → ${describeReference(fk)}`, { table: table.name });
  }
  if (tp.foreignKeys.length !== table.foreignKeys.length) contradicts(`plan for "${table.name}" lists ${tp.foreignKeys.length} foreign keys; the schema has ${table.foreignKeys.length}`, { table: table.name });
}

function checkTable(table: Table, tp: TablePlan | undefined): void {
  if (!tp) contradicts(`plan has no entry for table "${table.name}"`, { table: table.name, hint: 'print a fresh plan with `rowforge plan`' });
  for (const name of Object.keys(tp.columns)) {
    if (!findColumn(table, name)) contradicts(`plan names unknown column "${table.name}.${name}"`, { table: table.name, column: name });
  }
  for (const column of table.columns) {
    const spec = tp.columns[column.name];
    if (!spec) contradicts(`plan has no generator for "${table.name}.${column.name}"`, { table: table.name, column: column.name });
    checkColumn(table, column, spec, tp.rows);
    checkPresentWhen(table, column, tp.columns);
    checkFormula(table, column, tp.columns);
  }
  checkForeignKeys(table, tp);
}

/**
 * Parses a plan (zod) and checks it against the schema. Throws PLAN_INVALID for a malformed
 * plan and PLAN_CONTRADICTS_SCHEMA (or UNIQUE_CAPACITY) when it does not fit the schema.
 */
export function validatePlan(schema: Schema, input: unknown): Plan {
  const plan = parsePlan(input);
  for (const name of Object.keys(plan.tables)) {
    if (!schema.tables.some((t) => t.name === name)) contradicts(`plan names unknown table "${name}"`, { table: name });
  }
  schema.tables.forEach((t) => checkTable(t, plan.tables[t.name]));
  checkReferencedKeys(schema, plan);
  checkReferencedText(schema, plan);
  checkReferences(schema, plan);
  return plan;
}
