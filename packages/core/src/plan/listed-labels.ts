import type { Column, Expr, Schema, Table } from '../schema/index.js';
import { baseType, checkLabel, describeType, domainChecks } from '../schema/index.js';
import { labelLength, splitByFit } from './label-fit.js';
import { fittingLabels } from './list-spec.js';
import { unlessNull } from './null-guard.js';

/** One `col IN (…)` list of literals on a column, and the CHECK (or domain) it is in. */
export interface LabelList {
  readonly values: readonly (string | number)[];
  readonly label: string;
}

function andParts(e: Expr, self: string | undefined): Expr[] {
  if (e.kind === 'binary' && e.op === 'and') return [...andParts(e.left, self), ...andParts(e.right, self)];
  return unlessNull(e, self)?.flatMap((c) => andParts(c, self)) ?? [e];
}

function literal(e: Expr): string | number | undefined {
  if (e.kind === 'literal' && (typeof e.value === 'string' || typeof e.value === 'number')) return e.value;
  return e.kind === 'cast' ? literal(e.operand) : undefined;
}

function readsColumn(e: Expr, name: string, self: string | undefined): boolean {
  if (e.kind === 'cast') return readsColumn(e.operand, name, self);
  if (e.kind === 'value') return self !== undefined;
  return e.kind === 'column' && e.name.toLowerCase() === name.toLowerCase();
}

function listsIn(e: Expr, column: Column, label: string, self?: string): LabelList[] {
  return andParts(e, self).flatMap((c) => {
    if (c.kind !== 'in' || c.negated || !readsColumn(c.operand, column.name, self)) return [];
    const values = c.values.map(literal).filter((v) => v !== undefined);
    return values.length === c.values.length ? [{ values, label }] : [];
  });
}

/**
 * The lists of literals the table's CHECKs (`status IN ('open', 'paid')`, also under
 * `status IS NULL OR …`) and the column's domain CHECKs (`VALUE IN (…)`) hold the column to.
 *
 * @example
 * ```ts
 * labelLists(invoices, status) // [{ values: ['draft', 'open', 'paid'], label: "CHECK (status IN ('draft', 'open', 'paid'))" }]
 * ```
 */
export function labelLists(table: Table, column: Column): LabelList[] {
  const own = table.checks.flatMap((c) => listsIn(c.expr, column, checkLabel(c)));
  const domain = column.type.kind === 'domain' ? `domain ${column.type.name}` : '';
  return [...own, ...domainChecks(column.type).flatMap((e) => listsIn(e, column, domain, column.name))];
}

/**
 * The labels every CHECK list on the column allows and the column's length holds, in the first
 * list's order; undefined when no CHECK lists the column's values. The engine's gender cell
 * draws these, so a `gender VARCHAR(12) CHECK (gender IN ('female', 'male'))` keeps its casing.
 */
export function checkedLabels(table: Table, column: Column): string[] | undefined {
  const lists = labelLists(table, column);
  const [first, ...rest] = lists;
  if (!first) return undefined;
  const shared = first.values.filter((v) => rest.every((l) => l.values.some((w) => String(w) === String(v))));
  return fittingLabels(column, shared).map(String);
}

/** Labels of a CHECK list too long for their column: inference leaves them out. */
export interface UnfitLabels {
  readonly table: string;
  readonly column: string;
  readonly labels: readonly string[];
  readonly message: string;
}

function unfitOf(table: Table, column: Column, list: LabelList): UnfitLabels[] {
  const { fit, dropped } = splitByFit(list.values, column);
  if (dropped.length === 0) return [];
  const labels = dropped.map(String);
  const where = `"${table.name}.${column.name}"`;
  if (fit.length === 0) {
    const message = `${where}: no label of ${list.label} fits ${describeType(baseType(column.type))}; the plan draws them all (a database that enforces the length refuses every row)`;
    return [{ table: table.name, column: column.name, labels: [], message }];
  }
  const shown = labels.map((l) => `'${l}' (${labelLength(l)} characters)`).join(', ');
  const message = `${where}: ${shown} of ${list.label} cannot fit ${describeType(baseType(column.type))}; the plan leaves ${labels.length === 1 ? 'it' : 'them'} out`;
  return [{ table: table.name, column: column.name, labels, message }];
}

/**
 * The CHECK labels (`status IN (…, 'uncollectible')`) longer than their `VARCHAR(n)` or
 * `CHAR(n)` column, which an inferred plan does not draw (a row holding one would not load);
 * a warning for each list; one none of whose labels fit is drawn whole, and warned about too.
 *
 * @example
 * ```ts
 * unfitLabels(schema)[0].message // '"invoices.status": \'uncollectible\' (13 characters) of CHECK (…) cannot fit varchar(12); the plan leaves it out'
 * ```
 */
export function unfitLabels(schema: Schema): UnfitLabels[] {
  return schema.tables.flatMap((t) => t.columns.flatMap((c) => labelLists(t, c).flatMap((l) => unfitOf(t, c, l))));
}
