import type { DraftTable } from '../schema-draft.js';
import { addPlainIndex, type PlainIndexDraft } from '../plain-index.js';
import { statementExcerpt } from '../skip-statement.js';
import type { IndexKey } from '../unique-index.js';
import { arr, ident, isObj, payload, str, variant, type Obj } from './sqlparser-ast.js';
import { sqlKey } from './sqlparser-index-key.js';
import { endOf, startOf, type StatementContext } from './statement-context.js';

/** What readCreateIndex read of `CREATE INDEX` already: name, table, keys, position. */
type IndexHead = Pick<PlainIndexDraft, 'name' | 'table' | 'at' | 'statement'> & { readonly keys: readonly IndexKey[] };

/** InnoDB builds a B-tree for `USING HASH` too, so both are plain indexes. */
const PLAIN_METHODS = new Set(['btree', 'hash']);

/** `USING BTREE` / `USING HASH` / ... as a lower-case name; undefined when none is written. */
function methodOf(using: unknown): string | undefined {
  const [tag, p] = variant(using);
  return (str(p) ?? ident(p) ?? (tag || undefined))?.toLowerCase();
}

/** The method of an inline index: its `USING` option, if any. */
function optionMethod(options: unknown): string | undefined {
  for (const o of arr(options)) {
    const using = payload(o, 'Using');
    if (using !== undefined) return methodOf(using);
  }
  return undefined;
}

const descendingOf = (items: readonly unknown[]): boolean[] =>
  items.map((item) => isObj(item) && isObj(item.column) && isObj(item.column.options) && item.column.options.asc === false);

function methodReason(method: string | undefined): { unsupported?: string } {
  return method === undefined || PLAIN_METHODS.has(method) ? {} : { unsupported: `it is a ${method} index` };
}

/** `CREATE INDEX` without UNIQUE: a secondary index (INCLUDE columns are not kept). */
export function readPlainCreateIndex(ctx: StatementContext, p: Obj, head: IndexHead): void {
  const partial = p.predicate != null ? { unsupported: 'it is a partial index (WHERE ...)' } : {};
  const descending = descendingOf(arr(p.columns));
  addPlainIndex(ctx.draft, { ...head, descending, ...methodReason(methodOf(p.using)), ...partial, standalone: true });
}

/**
 * MySQL `KEY ix (a, b(10) DESC)` / `INDEX ix (a)` in CREATE TABLE or `ALTER TABLE ... ADD INDEX`
 * (sqlparser's `Index` constraint), or `FULLTEXT`/`SPATIAL` ones (skipped with a warning).
 */
export function readInlineIndex(ctx: StatementContext, table: DraftTable, c: unknown): void {
  const [tag, raw] = variant(c);
  const p: Obj = isObj(raw) ? raw : {};
  const items = arr(p.columns);
  const name = ident(p.name) ?? ident(p.opt_index_name);
  const fulltext = tag === 'FulltextOrSpatial' ? { unsupported: `it is a ${p.fulltext === true ? 'FULLTEXT' : 'SPATIAL'} index` } : {};
  const text = (item: unknown): string => ctx.src.text.slice(startOf(ctx, item), endOf(ctx, item));
  addPlainIndex(ctx.draft, {
    ...(name === undefined ? {} : { name }),
    table: table.name,
    keys: items.map((item) => sqlKey(item, text(item), startOf(ctx, item), true)),
    descending: descendingOf(items),
    ...methodReason(optionMethod(p.index_options) ?? methodOf(p.index_type)),
    ...fulltext,
    standalone: false,
    at: startOf(ctx, c),
    statement: statementExcerpt(ctx.src.text, ctx.slice.start, ctx.slice.end),
  }, table);
}
