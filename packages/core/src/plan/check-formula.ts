import { RowforgeError } from '../errors/index.js';
import { baseType, describeType, findColumn, type Column, type Table } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { formulaBounds, formulaColumns, readColumns, type FormulaSpec, type Range } from './formula-operands.js';
import { typeBounds } from './infer/type-bounds.js';

type Specs = Readonly<Record<string, ColumnSpec>>;
const NUMERIC = new Set(['int', 'decimal', 'float']);

/** What is wrong with a formula's own parameters, or undefined. */
function formProblem(spec: FormulaSpec): string | undefined {
  if ((spec.sum === undefined) === (spec.of === undefined)) return 'give either "sum" (terms added) or "of" (a share of a column), not both or neither';
  const shareOnly = spec.wholeRate !== undefined || spec.zeroRate !== undefined;
  if (spec.sum !== undefined && (shareOnly || spec.byStatus !== undefined)) return '"wholeRate", "zeroRate" and "byStatus" belong to "of" (a "sum" takes only a "fraction" of itself)';
  if (spec.of !== undefined && (spec.plus !== undefined || spec.round !== undefined)) return '"plus" and "round" belong to "sum"';
  if (spec.fraction && spec.fraction.min > spec.fraction.max) return `fraction min (${spec.fraction.min}) is greater than max (${spec.fraction.max})`;
  if ((spec.wholeRate ?? 0) + (spec.zeroRate ?? 0) > 1) return 'wholeRate and zeroRate add up to more than 1';
  if (spec.sum?.some((t) => t.ratePercent !== undefined && t.lessRate === undefined)) return '"ratePercent" needs "lessRate"';
  const twice = twiceListed(spec);
  if (twice !== undefined) return `byStatus lists the label ${JSON.stringify(twice)} more than once`;
  return spec.unique === true ? 'a formula\'s values cannot be made unique' : undefined;
}

/** A label `byStatus` lists in two places (`whole` and `zero`), or undefined. */
function twiceListed(spec: FormulaSpec): string | number | undefined {
  const by = spec.byStatus;
  const all = by ? [...(by.whole ?? []), ...(by.zero ?? []), ...(by.part ?? [])] : [];
  return all.find((l, i) => all.findIndex((m) => String(m) === String(l)) !== i);
}

/** The columns a generator reads, with the status a formula's share follows. */
const readsOf = (spec: ColumnSpec | undefined): string[] =>
  [...readColumns(spec), ...(spec?.generator === 'formula' && spec.byStatus ? [spec.byStatus.column] : [])];

const specOf = (table: Table, specs: Specs, name: string): ColumnSpec | undefined => specs[findColumn(table, name)?.name ?? name];

/** The first column whose generator reads its way back to `start`, as `a → b → a`; undefined when none does. */
function cycleFrom(table: Table, specs: Specs, start: string): string | undefined {
  const key = (n: string): string => (findColumn(table, n)?.name ?? n).toLowerCase();
  const walk = (name: string, path: string[]): string | undefined => {
    if (path.length > 0 && key(name) === key(start)) return [...path, name].join(' → ');
    if (path.some((p) => key(p) === key(name))) return undefined;
    for (const next of readsOf(specOf(table, specs, name))) { const found = walk(next, [...path, name]); if (found) return found; }
    return undefined;
  };
  return walk(start, []);
}

/** The range a column's plan entry draws in, where it is known (int, number, a numeric constant, a formula of such). */
function specRange(table: Table, specs: Specs, name: string, seen: ReadonlySet<string>): Range | undefined {
  const spec = specOf(table, specs, name);
  if (!spec || seen.has(name.toLowerCase())) return undefined;
  if (spec.generator === 'int' || spec.generator === 'number') return [spec.min, spec.max];
  if (spec.generator === 'constant') return typeof spec.value === 'number' ? [spec.value, spec.value] : undefined;
  if (spec.generator !== 'formula') return undefined;
  const next = new Set([...seen, name.toLowerCase()]);
  const shareOf = (n: string): FormulaSpec | undefined => { const s = specOf(table, specs, n); return s?.generator === 'formula' && s.of !== undefined ? s : undefined; };
  return formulaBounds(spec, (n) => specRange(table, specs, n, next), shareOf);
}

function contradicts(message: string, details: Record<string, unknown>): never {
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', message, details);
}

function checkOperand(table: Table, column: Column, name: string): void {
  const where = `plan for "${table.name}.${column.name}"`;
  const details = { table: table.name, column: column.name };
  const operand = findColumn(table, name);
  if (!operand) contradicts(`${where} refers to unknown column "${name}"`, details);
  if (operand.name === column.name) contradicts(`${where} computes the column from itself`, details);
  if (!NUMERIC.has(baseType(operand.type).kind)) {
    contradicts(`${where} computes with "${operand.name}", which is ${describeType(operand.type)}, not a number`, { ...details, hint: 'name numeric columns in the formula' });
  }
}

/** The labels a status column holds: its enum type's, or those its `enum` plan entry draws; undefined when open. */
function statusLabels(column: Column, spec: ColumnSpec | undefined): readonly (string | number)[] | undefined {
  const t = baseType(column.type);
  return t.kind === 'enum' ? t.values : spec?.generator === 'enum' ? spec.values : undefined;
}

/** `byStatus` names another column of the table, and labels it holds. */
function checkStatus(table: Table, column: Column, specs: Specs, by: NonNullable<FormulaSpec['byStatus']>): void {
  const where = `plan for "${table.name}.${column.name}"`;
  const details = { table: table.name, column: column.name };
  const status = findColumn(table, by.column);
  if (!status) contradicts(`${where} follows unknown status column "${by.column}"`, { ...details, hint: 'name a column of the table in "byStatus.column"' });
  if (status.name === column.name) contradicts(`${where} follows its own value as a status`, details);
  const labels = statusLabels(status, specs[status.name]);
  const unknown = labels && [...(by.whole ?? []), ...(by.zero ?? []), ...(by.part ?? [])].find((l) => !labels.some((v) => String(v) === String(l)));
  if (unknown !== undefined) {
    contradicts(`${where} follows "${status.name}" label ${JSON.stringify(unknown)}, which the column never holds`, { ...details, hint: `use labels of "${status.name}": ${(labels ?? []).join(', ')}` });
  }
}

/** A formula whose operands' ranges reach beyond what the column's type holds: rows would fail to load. */
function checkRoom(table: Table, column: Column, specs: Specs): void {
  const range = specRange(table, specs, column.name, new Set());
  const [lo, hi] = typeBounds(column.type);
  const slack = 1e-9 * Math.max(1, Math.abs(hi));
  if (!range || (range[0] >= lo - slack && range[1] <= hi + slack)) return;
  contradicts(`plan for "${table.name}.${column.name}" computes values up to ${range[1]} (down to ${range[0]}), beyond what ${describeType(column.type)} holds`, {
    table: table.name, column: column.name, hint: 'lower the operands\' max in the plan, or widen the column',
  });
}

/**
 * Checks a `formula` plan entry: its form (PLAN_INVALID), and (PLAN_CONTRADICTS_SCHEMA) that it
 * names other numeric columns of the table (and, for `byStatus`, a status column and labels it
 * holds: its enum type's, or its `enum` entry's), that no chain of generators reads its way back to
 * it, and that its operands' ranges keep its values within the column's type. Other specs pass.
 *
 * @example
 * ```ts
 * checkFormula(items, lineTotal, { line_total: { generator: 'formula', sum: [{ column: 'sku', times: 'unit_price' }] }, … }) // throws: "sku" is not a number
 * ```
 */
export function checkFormula(table: Table, column: Column, specs: Specs): void {
  const spec = specs[column.name];
  if (spec?.generator !== 'formula') return;
  const problem = formProblem(spec);
  if (problem) throw new RowforgeError('PLAN_INVALID', `plan for "${table.name}.${column.name}": ${problem}`, { table: table.name, column: column.name, hint: 'fix the formula in the plan' });
  formulaColumns(spec).forEach((name) => checkOperand(table, column, name));
  if (spec.byStatus) checkStatus(table, column, specs, spec.byStatus);
  const cycle = cycleFrom(table, specs, column.name);
  if (cycle) contradicts(`columns of "${table.name}" are computed from each other in a loop: ${cycle}`, { table: table.name, column: column.name });
  checkRoom(table, column, specs);
}
