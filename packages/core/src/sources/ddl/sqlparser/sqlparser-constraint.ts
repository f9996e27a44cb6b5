import type { ForeignKey } from '../../../schema/index.js';
import { unsupportedAt } from '../ddl-error.js';
import type { DraftForeignKey, DraftTable } from '../schema-draft.js';
import { arr, ident, isObj, lastName, str, variant, type Obj } from './sqlparser-ast.js';
import { sqlparserCheck } from './sqlparser-expr.js';
import { readInlineIndex } from './sqlparser-plain-index.js';
import { startOf, type StatementContext } from './statement-context.js';

const ACTIONS: Readonly<Record<string, string>> = { Cascade: 'CASCADE', SetNull: 'SET NULL', SetDefault: 'SET DEFAULT', Restrict: 'RESTRICT' };

function action(v: unknown): string | undefined {
  const tag = variant(v)[0];
  return Object.hasOwn(ACTIONS, tag) ? ACTIONS[tag] : undefined;
}

const named = <T extends object>(name: string | undefined, body: T): T & { name?: string } => (name === undefined ? body : { name, ...body });

/** Column names of a key: plain Idents, or index columns `{ column: { expr: Identifier } }`. */
export function keyColumns(ctx: StatementContext, list: unknown): string[] {
  return arr(list).map((item) => {
    const direct = ident(item);
    if (direct !== undefined) return direct;
    const expr = isObj(item) && isObj(item.column) ? item.column.expr : undefined;
    const [tag, p] = variant(expr);
    const name = tag === 'Identifier' ? ident(p) : undefined;
    if (name === undefined) throw unsupportedAt(ctx.src, startOf(ctx, item), 'only plain column names are supported in a key');
    return name;
  });
}

/** FOREIGN KEY / REFERENCES options → DraftForeignKey; `columns` are the referencing ones. */
export function sqlparserForeignKey(ctx: StatementContext, p: Obj, name: string | undefined, columns: readonly string[]): DraftForeignKey {
  const refTable = lastName(p.foreign_table) ?? '';
  const chars = isObj(p.characteristics) ? p.characteristics : {};
  const onDelete = action(p.on_delete);
  const onUpdate = action(p.on_update);
  const fk: Omit<ForeignKey, 'refColumns'> = {
    ...named(name, { columns }),
    refTable,
    ...(onDelete === undefined ? {} : { onDelete }),
    ...(onUpdate === undefined ? {} : { onUpdate }),
    deferrable: chars.deferrable === true,
    initiallyDeferred: str(chars.initially) === 'Deferred',
  };
  return { ...fk, refColumns: keyColumns(ctx, p.referred_columns), at: startOf(ctx, p.foreign_table) };
}

/** A table-level constraint (CREATE TABLE body or ALTER TABLE ADD); KEY/INDEX entries are secondary indexes. */
export function readTableConstraint(ctx: StatementContext, table: DraftTable, c: unknown): void {
  const [tag, raw] = variant(c);
  const p: Obj = isObj(raw) ? raw : {};
  const name = ident(p.name);
  switch (tag) {
    case 'PrimaryKey':
      return ctx.draft.setPrimaryKey(table, named(name, { columns: keyColumns(ctx, p.columns) }), startOf(ctx, c));
    case 'Unique':
      table.uniques.push(named(name ?? ident(p.index_name), { columns: keyColumns(ctx, p.columns) }));
      return;
    case 'ForeignKey':
      table.foreignKeys.push(sqlparserForeignKey(ctx, p, name, keyColumns(ctx, p.columns)));
      return;
    case 'Check':
      table.checks.push(sqlparserCheck(ctx, name, p.expr));
      return;
    case 'Index':
    case 'FulltextOrSpatial':
      return readInlineIndex(ctx, table, c);
    default:
      throw unsupportedAt(ctx.src, startOf(ctx, c), `table constraint ${tag} on "${table.name}" is not supported`);
  }
}
