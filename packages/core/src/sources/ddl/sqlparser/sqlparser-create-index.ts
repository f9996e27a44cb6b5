import { indexKeyTexts } from '../index-key-text.js';
import { statementExcerpt } from '../skip-statement.js';
import { addUniqueIndex } from '../unique-index.js';
import { arr, isObj, lastName, variant, type Obj } from './sqlparser-ast.js';
import { sqlColumn, sqlKey } from './sqlparser-index-key.js';
import { readPlainCreateIndex } from './sqlparser-plain-index.js';
import { startOf, type StatementContext } from './statement-context.js';

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

const whereNotNull = (predicate: unknown): { whereNotNull?: string[] } => {
  const columns = predicate == null ? undefined : notNullColumns(predicate);
  return columns === undefined ? {} : { whereNotNull: columns };
};

/**
 * CREATE [UNIQUE] INDEX: a unique one is recorded as a UNIQUE constraint (see addUniqueIndex),
 * any other as a secondary index of its table (see readPlainCreateIndex).
 */
export function readCreateIndex(ctx: StatementContext, p: Obj): void {
  const { slice, src } = ctx;
  const items = arr(p.columns);
  const texts = indexKeyTexts(src.text, slice.tokens);
  const name = lastName(p.name);
  const prefixes = ctx.draft.dialect === 'mysql' && p.unique !== true; // a unique prefix is stronger than UNIQUE (column)
  const common = {
    ...(name === undefined ? {} : { name }),
    table: lastName(p.table_name) ?? '',
    tableAt: startOf(ctx, p.table_name),
    keys: items.map((c, i) => sqlKey(c, texts.length === items.length ? (texts[i]?.sql ?? '') : 'expression', startOf(ctx, c), prefixes)),
    at: slice.start,
    statement: statementExcerpt(src.text, slice.start, slice.end),
  };
  if (p.unique !== true) return readPlainCreateIndex(ctx, p, common);
  addUniqueIndex(ctx.draft, { ...common, partial: p.predicate != null, ...whereNotNull(p.predicate) });
}
