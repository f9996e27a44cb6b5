import type { Expr, Table } from '../schema/index.js';
import { baseType, findColumn, flipComparison, isComparison, maxLengthOf } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';

const JSON_TESTS = new Set(['json_valid', 'isjson']);
/** The longest document the json generator writes (measured over its words). */
const LONGEST_DOCUMENT = 100;
/** JSON objects and arrays short enough for a narrow column (ISJSON before SQL Server 2022 accepts no scalars). */
const SHORT_DOCUMENTS = ['{}', '[]', '{"id":1}', '[1,2,3]', '{"ok":true}', '{"tags":[]}'];
/** `test(col) <op> literal` that holds exactly when the test is true (1/TRUE). */
const TRUE_WHEN: Record<string, readonly (number | boolean)[]> = { '=': [1, true], '>': [0], '>=': [1], '<>': [0, false] };

/** The column `json_valid(col)` / `ISJSON(col)` tests (a domain CHECK's VALUE is `self`). */
function tested(e: Expr, self: string | undefined): string | undefined {
  if (e.kind !== 'call' || e.args.length !== 1 || !JSON_TESTS.has(e.name.toLowerCase())) return undefined;
  const arg = e.args[0] as Expr;
  return arg.kind === 'column' ? arg.name : arg.kind === 'value' ? self : undefined;
}

function literal(e: Expr): number | boolean | undefined {
  return e.kind === 'literal' && (typeof e.value === 'number' || typeof e.value === 'boolean') ? e.value : undefined;
}

function comparedTrue(e: Extract<Expr, { kind: 'binary' }>, self: string | undefined): string | undefined {
  const [call, lit, op] = tested(e.left, self) !== undefined ? [e.left, e.right, e.op] : [e.right, e.left, isComparison(e.op) ? flipComparison(e.op) : ''];
  const col = tested(call, self);
  const value = literal(lit);
  return col !== undefined && value !== undefined && TRUE_WHEN[op]?.includes(value) === true ? col : undefined;
}

/**
 * The column a CHECK conjunct asks to hold valid JSON: `json_valid(col)` (SQLite, MySQL,
 * MariaDB), `ISJSON(col) = 1` / `ISJSON(col) > 0` (SQL Server); undefined for other conjuncts.
 */
export function jsonCheckedColumn(e: Expr, self?: string): string | undefined {
  if (e.kind === 'call') return tested(e, self);
  return e.kind === 'binary' ? comparedTrue(e, self) : undefined;
}

function keep(spec: ColumnSpec): Pick<ColumnSpec, 'nullRate'> {
  return spec.nullRate !== undefined ? { nullRate: spec.nullRate } : {};
}

/**
 * Gives a text column a CHECK wants to hold JSON documents (`settings TEXT CHECK (json_valid(settings))`)
 * the json generator, or, when the column is too narrow for its documents, short objects and
 * arrays that fit; its sentences had failed the CHECK in every row. Other columns stay as they are.
 */
export function applyJsonCheck(table: Table, specs: Record<string, ColumnSpec>, name: string): void {
  const column = findColumn(table, name);
  const spec = column ? specs[column.name] : undefined;
  if (!column || !spec || spec.unique === true || baseType(column.type).kind !== 'string') return;
  if (['json', 'foreignKey', 'constant'].includes(spec.generator)) return;
  const max = maxLengthOf(column) ?? Infinity;
  const short = SHORT_DOCUMENTS.filter((d) => d.length <= max);
  if (max >= LONGEST_DOCUMENT) specs[column.name] = { generator: 'json', ...keep(spec) };
  else if (short.length > 0) specs[column.name] = { generator: 'enum', values: short, ...keep(spec) };
}
