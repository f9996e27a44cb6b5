import { indexKeyTexts } from '../index-key-text.js';
import { statementExcerpt } from '../skip-statement.js';
import { addUniqueIndex, type IndexKey } from '../unique-index.js';
import { arr, ident, isObj, lastName, payload, variant, type Obj } from './sqlparser-ast.js';
import { startOf, type StatementContext } from './statement-context.js';

const CASE_FOLDS = new Set(['lower', 'upper', 'lcase', 'ucase']);
/** SQLite NOCASE, MySQL/SQL Server `..._ci` collations. */
const CASE_INSENSITIVE = /^nocase$|_ci(?:_|$)/i;

function isCaseInsensitive(collate: Obj): boolean {
  return CASE_INSENSITIVE.test(lastName(collate.collation) ?? '');
}

/** The column an index key names: `a`, `(a)`, `a COLLATE BINARY`; undefined for anything else. */
function sqlColumn(expr: unknown): string | undefined {
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

/** The columns of a WHERE clause that is only `c IS NOT NULL [AND ...]`, else undefined. */
function notNullColumns(expr: unknown): string[] | undefined {
  const [tag, p] = variant(expr);
  if (tag === 'Nested') return notNullColumns(p);
  if (tag === 'IsNotNull') {
    const column = sqlColumn(p);
    return column === undefined ? undefined : [column];
  }
  if (tag !== 'BinaryOp' || !isObj(p) || p.op !== 'And') return undefined;
  const [left, right] = [notNullColumns(p.left), notNullColumns(p.right)];
  return left && right ? [...left, ...right] : undefined;
}

function sqlKey(item: unknown, sql: string, at: number): IndexKey {
  const expr = isObj(item) && isObj(item.column) ? item.column.expr : undefined;
  const column = sqlColumn(expr);
  if (column !== undefined) return { kind: 'column', column, sql, at };
  const folded = foldedColumn(expr);
  return folded === undefined ? { kind: 'expression', sql, at } : { kind: 'caseFolded', column: folded, sql, at };
}

const whereNotNull = (predicate: unknown): { whereNotNull?: string[] } => {
  const columns = predicate == null ? undefined : notNullColumns(predicate);
  return columns === undefined ? {} : { whereNotNull: columns };
};

/** CREATE UNIQUE INDEX: recorded as a UNIQUE constraint (see addUniqueIndex). False for a non-unique index. */
export function readCreateIndex(ctx: StatementContext, p: Obj): boolean {
  if (p.unique !== true) return false;
  const { slice, src } = ctx;
  const items = arr(p.columns);
  const texts = indexKeyTexts(src.text, slice.tokens);
  const name = lastName(p.name);
  addUniqueIndex(ctx.draft, {
    ...(name === undefined ? {} : { name }),
    table: lastName(p.table_name) ?? '',
    tableAt: startOf(ctx, p.table_name),
    keys: items.map((c, i) => sqlKey(c, texts.length === items.length ? (texts[i]?.sql ?? '') : 'expression', startOf(ctx, c))),
    partial: p.predicate != null,
    ...whereNotNull(p.predicate),
    at: slice.start,
    statement: statementExcerpt(src.text, slice.start, slice.end),
  });
  return true;
}
