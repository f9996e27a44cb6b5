import type { IndexElem, IndexStmt, Node } from 'libpg-query';
import { tokensIn } from '../../text/sql-lexer.js';
import { indexKeyTexts, type KeyPartText } from '../index-key-text.js';
import { addPlainIndex } from '../plain-index.js';
import { addUniqueIndex, type IndexKey } from '../unique-index.js';
import { at, excerpt, lastString, relName, strings, type PgContext } from './pg-context.js';
import { pgNativeType } from './pg-type-name.js';

/** Casts that keep a text column's values apart exactly (pg_dump writes `lower((email)::text)`). */
const SAME_TEXT = new Set(['text', 'varchar', 'bpchar', 'name']);
const CASE_FOLDS = new Set(['lower', 'upper']);

/** The type a TypeCast node casts to (`citext`, `text`, ...), '' for other nodes and arrays. */
function castTo(n: Node): string {
  if (!('TypeCast' in n)) return '';
  const t = pgNativeType(n.TypeCast.typeName);
  return t.arrayDims ? '' : t.name;
}

/** The column a node names, through text casts; undefined for anything else. */
function pgColumn(n: Node | undefined): string | undefined {
  if (n === undefined) return undefined;
  if ('ColumnRef' in n) return lastString(n.ColumnRef.fields);
  return 'TypeCast' in n && SAME_TEXT.has(castTo(n)) ? pgColumn(n.TypeCast.arg) : undefined;
}

/** The column of `lower(c)`, `upper(c)` or `c::citext`: compared ignoring letter case. */
function foldedColumn(n: Node | undefined): string | undefined {
  if (n === undefined) return undefined;
  if ('TypeCast' in n) return castTo(n) === 'citext' ? pgColumn(n.TypeCast.arg) : undefined;
  const f = 'FuncCall' in n ? n.FuncCall : undefined;
  const args = f?.args ?? [];
  return f && CASE_FOLDS.has(lastString(f.funcname) ?? '') && args.length === 1 ? pgColumn(args[0]) : undefined;
}

/** The columns of a WHERE clause that is only `c IS NOT NULL [AND ...]`, else undefined. */
function notNullColumns(n: Node | undefined): string[] | undefined {
  if (n !== undefined && 'NullTest' in n) {
    const column = n.NullTest.nulltesttype === 'IS_NOT_NULL' ? pgColumn(n.NullTest.arg) : undefined;
    return column === undefined ? undefined : [column];
  }
  if (n === undefined || !('BoolExpr' in n) || n.BoolExpr.boolop !== 'AND_EXPR') return undefined;
  const parts = (n.BoolExpr.args ?? []).map(notNullColumns);
  return parts.every((c) => c !== undefined) ? parts.flat() : undefined;
}

const whereNotNull = (where: Node | undefined): { whereNotNull?: string[] } => {
  const columns = where === undefined ? undefined : notNullColumns(where);
  return columns === undefined ? {} : { whereNotNull: columns };
};

function pgKey(el: IndexElem, text: KeyPartText): IndexKey {
  const column = el.name ?? pgColumn(el.expr);
  if (column !== undefined) return { kind: 'column', column, ...text };
  const folded = foldedColumn(el.expr);
  return folded === undefined ? { kind: 'expression', ...text } : { kind: 'caseFolded', column: folded, ...text };
}

/** Why a non-unique index is not one over plain columns apart from its keys: its method, operator class or WHERE. */
function pgUnsupported(s: IndexStmt, elems: readonly IndexElem[]): string | undefined {
  const method = (s.accessMethod ?? 'btree').toLowerCase();
  if (method !== 'btree') return `it is a ${method} index`;
  const opclass = elems.find((el) => (el.opclass ?? []).length > 0);
  if (opclass) return `it uses operator class ${strings(opclass.opclass).join('.')}`;
  return s.whereClause === undefined ? undefined : 'it is a partial index (WHERE ...)';
}

/**
 * CREATE [UNIQUE] INDEX: a unique one is recorded as a UNIQUE constraint (see addUniqueIndex), any
 * other as a secondary index of its table (see addPlainIndex; INCLUDE columns are not kept).
 */
export function readPgCreateIndex(ctx: PgContext, s: IndexStmt): void {
  const texts = indexKeyTexts(ctx.src.text, tokensIn(ctx.tokens, ctx.start, ctx.end));
  const elems = (s.indexParams ?? []).flatMap((n) => ('IndexElem' in n ? [n.IndexElem] : []));
  const common = {
    ...(s.idxname === undefined ? {} : { name: s.idxname }),
    table: relName(s.relation),
    tableAt: at(ctx, s.relation?.location),
    keys: elems.map((el, i) => pgKey(el, texts[i] ?? { sql: el.name ?? 'expression', at: ctx.start })),
    at: ctx.start,
    statement: excerpt(ctx),
  };
  if (s.unique === true) return addUniqueIndex(ctx.draft, { ...common, partial: s.whereClause !== undefined, ...whereNotNull(s.whereClause) });
  const unsupported = pgUnsupported(s, elems);
  const descending = elems.map((el) => el.ordering === 'SORTBY_DESC');
  addPlainIndex(ctx.draft, { ...common, descending, ...(unsupported === undefined ? {} : { unsupported }), standalone: true });
}
