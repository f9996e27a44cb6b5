import { RowforgeError } from '../errors/index.js';
import type { Column, Table } from '../schema/index.js';
import { baseType, findColumn } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { fixedOnRedraw } from './fixed-on-redraw.js';

type Specs = Readonly<Record<string, ColumnSpec>>;

/** The sibling columns a spec reads (its status, the column it follows, the names it is made of). */
function readsOf(spec: ColumnSpec | undefined): string[] {
  if (!spec) return [];
  const refs = [
    spec.presentWhen?.column,
    spec.generator === 'after' ? spec.column : undefined,
    spec.generator === 'email' || spec.generator === 'username' ? spec.firstColumn : undefined,
    spec.generator === 'email' || spec.generator === 'username' ? spec.lastColumn : undefined,
    spec.generator === 'url' || spec.generator === 'vocabulary' ? spec.fromColumn : undefined,
    spec.generator === 'text' ? spec.ratingColumn : undefined,
  ];
  return refs.filter((r): r is string => r !== undefined);
}

/** The loop from `from` back to `target` through the columns specs read, if any. */
function pathTo(table: Table, specs: Specs, from: string, target: string, seen = new Set<string>()): string[] | undefined {
  const col = findColumn(table, from);
  if (!col || seen.has(col.name)) return undefined;
  if (col.name === target) return [col.name];
  seen.add(col.name);
  for (const next of readsOf(specs[col.name])) {
    const rest = pathTo(table, specs, next, target, seen);
    if (rest) return [col.name, ...rest];
  }
  return undefined;
}

function invalid(table: Table, column: Column, problem: string, hint: string): never {
  throw new RowforgeError('PLAN_INVALID', `plan for "${table.name}.${column.name}": ${problem}`, { table: table.name, column: column.name, hint });
}

/** The values a status can hold: its enum type's labels, else those its `enum` plan draws (a CHECK IN list); undefined when open. */
function statusValues(status: Column, spec: ColumnSpec | undefined): readonly string[] | undefined {
  const t = baseType(status.type);
  if (t.kind === 'enum') return t.values;
  return spec?.generator === 'enum' ? spec.values.map(String) : undefined;
}

function checkLabels(table: Table, column: Column, status: Column, specs: Specs, values: readonly (string | number)[]): void {
  const known = statusValues(status, specs[status.name]);
  const bad = known ? values.find((v) => !known.includes(String(v))) : undefined;
  if (bad !== undefined) invalid(table, column, `presentWhen lists "${String(bad)}", which is not a value of "${status.name}"`, `use values of "${status.name}": ${known?.join(', ') ?? ''}`);
}

/**
 * Checks a column's `presentWhen` against its table: the status column exists and is another
 * column, the column is nullable and one a CHECK redraw recomputes (not a key, a foreign key or a
 * sequence), the listed values are values the status can hold (an enum type's labels, or an `enum` plan's values), and the columns read one another in
 * no loop. Throws PLAN_INVALID with a hint.
 */
export function checkPresentWhen(table: Table, column: Column, specs: Specs): void {
  const spec = specs[column.name];
  const when = spec?.presentWhen;
  if (!when) return;
  const status = findColumn(table, when.column);
  if (!status) invalid(table, column, `presentWhen refers to unknown column "${when.column}"`, `name a column of "${table.name}", such as its status`);
  if (status.name === column.name) invalid(table, column, 'presentWhen refers to the column itself', 'name another column of the row, such as its status');
  if (!column.nullable) invalid(table, column, 'the column is NOT NULL, but presentWhen leaves it NULL on other statuses', 'remove presentWhen, or make the column nullable');
  if (fixedOnRedraw(table, column, spec)) invalid(table, column, 'presentWhen is not allowed on a key, foreign key or sequence column', 'remove presentWhen from this column');
  checkLabels(table, column, status, specs, when.in);
  const loop = pathTo(table, specs, status.name, column.name);
  if (loop) invalid(table, column, `presentWhen makes the columns read one another in a loop: ${[column.name, ...loop].join(' → ')}`, 'remove presentWhen or the other reference so the status comes first');
}
