import { unsupportedAt } from '../ddl-error.js';
import { arr, isObj, lastName, payload, str, variant, type Obj } from './sqlparser-ast.js';
import { readColumnDef } from './sqlparser-column.js';
import { readTableConstraint } from './sqlparser-constraint.js';
import { startOf, type StatementContext } from './statement-context.js';

/** `COMMENT 'x'` / `COMMENT='x'` among MySQL table options. */
function tableComment(p: Obj): string | undefined {
  const options = [p.comment, ...arr(payload(p.table_options, 'Plain'))];
  for (const o of options) {
    const c = payload(o, 'Comment') ?? o;
    const [tag, text] = variant(c);
    if ((tag === 'WithEq' || tag === 'WithoutEq') && typeof text === 'string') return text;
  }
  return undefined;
}

/** SQLite's own bookkeeping table, present in `.dump` output. */
const INTERNAL_TABLES = new Set(['sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4']);

/** CREATE TABLE: columns, inline and table constraints, comment. Table options are ignored. */
export function readCreateTable(ctx: StatementContext, p: Obj): void {
  const name = lastName(p.name) ?? '';
  const at = startOf(ctx, p.name);
  if (p.query != null || p.like != null || p.clone != null) {
    throw unsupportedAt(ctx.src, at, `CREATE TABLE "${name}" copies another table or query; declare its columns instead`);
  }
  if (INTERNAL_TABLES.has(name.toLowerCase()) || (p.if_not_exists === true && ctx.draft.findTable(name))) {
    ctx.draft.warn(ctx.slice.start, `skipped CREATE TABLE "${name}": ${p.if_not_exists === true ? 'it already exists' : 'it is an internal SQLite table'}`);
    return;
  }
  const table = ctx.draft.addTable(name, at);
  for (const def of arr(p.columns)) {
    const col = isObj(def) ? readColumnDef(ctx, table, def) : undefined;
    if (col) ctx.draft.addColumn(table, col);
  }
  for (const c of arr(p.constraints)) readTableConstraint(ctx, table, c);
  const comment = tableComment(p) ?? str(p.comment);
  if (comment !== undefined) table.comment = comment;
}
