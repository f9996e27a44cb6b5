import { unsupportedAt } from '../ddl-error.js';
import type { DraftColumn, DraftTable } from '../schema-draft.js';
import { statementExcerpt } from '../skip-statement.js';
import { arr, ident, isObj, lastName, str, variant, type Obj } from './sqlparser-ast.js';
import { applyColumnOption, readColumnDef } from './sqlparser-column.js';
import { readTableConstraint } from './sqlparser-constraint.js';
import { sqlparserNativeType } from './sqlparser-data-type.js';
import { sqlparserDefault } from './sqlparser-expr.js';
import { startOf, type StatementContext } from './statement-context.js';

/** Operations that change what data looks like but that Rowforge does not replay. */
const SHAPE_CHANGING = new Set([
  'DropColumn', 'RenameColumn', 'RenameTable', 'DropConstraint', 'DropPrimaryKey', 'DropForeignKey', 'RenameConstraint', 'DropIndex',
]);
/** Table options and toggles: nothing to record, nothing to warn about. */
const SILENT = new Set(['AutoIncrement', 'Algorithm', 'Lock', 'EnableTrigger', 'DisableTrigger', 'ValidateConstraint', 'SetOptionsParens']);

/** MySQL MODIFY/CHANGE: the column is redefined from scratch (type, nullability, default, ...). */
function redefine(ctx: StatementContext, table: DraftTable, old: DraftColumn, p: Obj): void {
  const col: DraftColumn = { name: old.name, native: sqlparserNativeType(p.data_type), at: old.at, nullable: true };
  if (old.comment !== undefined) col.comment = old.comment;
  for (const entry of arr(p.options)) applyColumnOption(ctx, table, col, entry);
  table.columns.splice(table.columns.indexOf(old), 1, col);
}

function alterColumn(ctx: StatementContext, table: DraftTable, p: Obj, at: number): void {
  const col = ctx.draft.getColumn(table, ident(p.column_name) ?? '', at);
  const [op, q] = variant(p.op);
  const body: Obj = isObj(q) ? q : {};
  if (op === 'SetNotNull' || op === 'DropNotNull') col.nullable = op === 'DropNotNull';
  else if (op === 'SetDefault') col.default = sqlparserDefault(ctx, body.value);
  else if (op === 'DropDefault') delete col.default;
  else if (op === 'SetDataType') col.native = sqlparserNativeType(body.data_type);
  else if (op === 'AddGenerated') col.autoIncrement = body.generated_as === 'ByDefault' ? 'identity-by-default' : 'identity-always';
  else ctx.draft.warn(at, `ignored ALTER COLUMN ${op} on "${table.name}.${col.name}"`);
}

function changeColumn(ctx: StatementContext, table: DraftTable, p: Obj, at: number): void {
  const from = ident(p.old_name) ?? ident(p.col_name) ?? '';
  const to = ident(p.new_name) ?? from;
  if (from.toLowerCase() !== to.toLowerCase()) throw unsupportedAt(ctx.src, at, `renaming column "${table.name}.${from}" is not supported`, 'declare the column with its final name');
  redefine(ctx, table, ctx.draft.getColumn(table, from, at), p);
}

function alterOperation(ctx: StatementContext, table: DraftTable, op: unknown): void {
  const [tag, q] = variant(op);
  const p: Obj = isObj(q) ? q : {};
  const at = startOf(ctx, op);
  if (tag === 'AddConstraint') return readTableConstraint(ctx, table, p.constraint);
  if (tag === 'AddColumn') {
    const col = isObj(p.column_def) ? readColumnDef(ctx, table, p.column_def) : undefined;
    if (col) ctx.draft.addColumn(table, col);
    return;
  }
  if (tag === 'ModifyColumn' || tag === 'ChangeColumn') return changeColumn(ctx, table, p, at);
  if (tag === 'AlterColumn') return alterColumn(ctx, table, p, at);
  if (tag === 'DropIndex' && ctx.draft.dropIndex(ident(p.name) ?? '', table.name)) return;
  if (SHAPE_CHANGING.has(tag)) throw unsupportedAt(ctx.src, at, `ALTER TABLE "${table.name}" ${tag} is not supported`, 'write the final table definition instead');
  if (SILENT.has(tag)) return;
  const statement = statementExcerpt(ctx.src.text, ctx.slice.start, ctx.slice.end);
  ctx.draft.warn(at, `ignored ALTER TABLE "${table.name}" ${tag || str(op) || '?'}: it does not shape the generated data`, statement);
}

/** ALTER TABLE: ADD constraint/column, MODIFY/CHANGE/ALTER COLUMN; table options ignored. */
export function readAlterTable(ctx: StatementContext, p: Obj): void {
  const table = ctx.draft.getTable(lastName(p.name) ?? '', startOf(ctx, p.name));
  for (const op of arr(p.operations)) alterOperation(ctx, table, op);
}
