import type { IndexKey } from '../unique-index.js';
import { arr, ident, isObj, lastName, payload, variant, type Obj } from './sqlparser-ast.js';

const CASE_FOLDS = new Set(['lower', 'upper', 'lcase', 'ucase']);
/** SQLite NOCASE, MySQL/SQL Server `..._ci` collations. */
const CASE_INSENSITIVE = /^nocase$|_ci(?:_|$)/i;

function isCaseInsensitive(collate: Obj): boolean {
  return CASE_INSENSITIVE.test(lastName(collate.collation) ?? '');
}

/** The column an index key names: `a`, `(a)`, `a COLLATE BINARY`; undefined for anything else. */
export function sqlColumn(expr: unknown): string | undefined {
  const [tag, p] = variant(expr);
  if (tag === 'Identifier') return ident(p);
  if (tag === 'Collate' && isObj(p) && !isCaseInsensitive(p)) return sqlColumn(p.expr);
  return tag === 'Nested' ? sqlColumn(p) : undefined;
}

/** The only argument of a function call, or undefined. */
function soleArgument(f: Obj): unknown {
  const list = payload(f.args, 'List');
  const args = isObj(list) ? arr(list.args) : [];
  return args.length === 1 ? payload(payload(args[0], 'Unnamed'), 'Expr') : undefined;
}

/** The column of `lower(c)`, `upper(c)` or `c COLLATE NOCASE`: compared ignoring letter case. */
function foldedColumn(expr: unknown): string | undefined {
  const [tag, p] = variant(expr);
  if (!isObj(p)) return undefined;
  if (tag === 'Nested') return foldedColumn(p);
  if (tag === 'Collate') return isCaseInsensitive(p) ? sqlColumn(p.expr) : undefined;
  const fn = (lastName(p.name) ?? '').toLowerCase();
  return tag === 'Function' && CASE_FOLDS.has(fn) ? sqlColumn(soleArgument(p)) : undefined;
}

/** MySQL's prefix key part `b(10)`: the column `b` and the length 10 (a Function call to sqlparser-rs). */
function prefixedColumn(expr: unknown): { column: string; prefix?: number } | undefined {
  const [tag, p] = variant(expr);
  if (tag !== 'Function' || !isObj(p)) return undefined;
  const v = payload(soleArgument(p), 'Value');
  const value = isObj(v) && 'value' in v ? v.value : v;
  const n = payload(value, 'Number');
  const column = n === undefined ? undefined : lastName(p.name);
  const length = Array.isArray(n) ? Number(n[0]) : Number(n);
  return column === undefined ? undefined : { column, ...(Number.isInteger(length) && length > 0 ? { prefix: length } : {}) };
}

/**
 * One key part of an index as {@link IndexKey}: a column, a case-folded column or an expression.
 * With `prefixes` (MySQL) `b(10)` is the column `b` with `prefix` 10: the length only bounds the key's size.
 */
export function sqlKey(item: unknown, sql: string, at: number, prefixes = false): IndexKey {
  const expr = isObj(item) && isObj(item.column) ? item.column.expr : undefined;
  const column = sqlColumn(expr);
  if (column !== undefined) return { kind: 'column', column, sql, at };
  const prefixed = prefixes ? prefixedColumn(expr) : undefined;
  if (prefixed !== undefined) return { kind: 'column', ...prefixed, sql, at };
  const folded = foldedColumn(expr);
  return folded === undefined ? { kind: 'expression', sql, at } : { kind: 'caseFolded', column: folded, sql, at };
}
