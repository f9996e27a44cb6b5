import type { DraftColumn, DraftTable } from '../schema-draft.js';
import { arr, ident, isObj, str, variant, type Obj } from './sqlparser-ast.js';
import { sqlparserForeignKey } from './sqlparser-constraint.js';
import { sqlparserNativeType } from './sqlparser-data-type.js';
import { sqlparserCheck, sqlparserDefault } from './sqlparser-expr.js';
import { startOf, type StatementContext } from './statement-context.js';

const named = <T extends object>(name: string | undefined, body: T): T & { name?: string } => (name === undefined ? body : { name, ...body });

/** A column option entry is `{ name?, option }` in CREATE TABLE and a bare option in MODIFY. */
function unwrap(entry: unknown): { name: string | undefined; option: unknown } {
  if (isObj(entry) && 'option' in entry) return { name: ident(entry.name), option: entry.option };
  return { name: undefined, option: entry };
}

function isAutoIncrementWord(tokens: unknown): boolean {
  return arr(tokens).some((t) => {
    const w = variant(t)[1];
    const kw = isObj(w) ? str(w.keyword) ?? str(w.value) : undefined;
    return kw !== undefined && /^AUTO_?INCREMENT$/i.test(kw);
  });
}

/** MySQL `AS (expr)`/`GENERATED ALWAYS AS (expr)`: computed by the database, not generated. */
function isComputed(p: unknown): boolean {
  return isObj(p) && p.generation_expr != null;
}

function applyKeyOption(ctx: StatementContext, table: DraftTable, col: DraftColumn, tag: string, p: Obj, name: string | undefined, entry: unknown): void {
  if (tag === 'PrimaryKey') ctx.draft.setPrimaryKey(table, named(name ?? ident(p.name), { columns: [col.name] }), startOf(ctx, entry));
  if (tag === 'Unique') table.uniques.push(named(name ?? ident(p.name), { columns: [col.name] }));
  if (tag === 'ForeignKey') table.foreignKeys.push(sqlparserForeignKey(ctx, p, name ?? ident(p.name), [col.name]));
  if (tag === 'Check') table.checks.push(sqlparserCheck(ctx, name ?? ident(p.name), p.expr));
}

/** Applies one column option; returns false when the column is computed (and so left out). */
export function applyColumnOption(ctx: StatementContext, table: DraftTable, col: DraftColumn, entry: unknown): boolean {
  const { name, option } = unwrap(entry);
  const [tag, p] = variant(option);
  if (tag === 'Null' || tag === 'NotNull') col.nullable = tag === 'Null';
  else if (tag === 'Default') col.default = sqlparserDefault(ctx, p);
  else if (tag === 'Comment') col.comment = str(p) ?? col.comment;
  else if (tag === 'Identity') col.autoIncrement = 'identity-always';
  else if (tag === 'DialectSpecific' && isAutoIncrementWord(p)) col.autoIncrement = 'auto-increment';
  else if (tag === 'Generated' && isComputed(p)) return false;
  else if (tag === 'Generated') col.autoIncrement = isObj(p) && p.generated_as === 'ByDefault' ? 'identity-by-default' : 'identity-always';
  else applyKeyOption(ctx, table, col, tag, isObj(p) ? p : {}, name, entry);
  return true;
}

/** Warns that a column the database computes is left out of the generated data. */
export function warnComputedColumn(ctx: StatementContext, at: number, table: string, column: string): void {
  ctx.draft.warn(at, `column "${table}.${column}" is computed by the database (GENERATED/AS); it is left out of the generated data`);
}

/**
 * SQL Server's `rowversion` (and its old name `timestamp`): a counter the database sets on every
 * write, which an INSERT may not name. A `timestamp` with a DEFAULT is a date (SQL Server refuses
 * a DEFAULT on a rowversion): DDL from elsewhere that detection read as SQL Server.
 */
function isRowVersion(ctx: StatementContext, col: DraftColumn, def: Obj): boolean {
  if (ctx.draft.dialect !== 'mssql') return false;
  const name = col.native.name.toLowerCase();
  return name === 'rowversion' || (name === 'timestamp' && !hasDefault(def));
}

const hasDefault = (def: Obj): boolean => arr(def.options).some((e) => variant(unwrap(e).option)[0] === 'Default');

/** A column definition → DraftColumn, or undefined (with a warning) for a computed or rowversion column. */
export function readColumnDef(ctx: StatementContext, table: DraftTable, def: Obj): DraftColumn | undefined {
  const name = ident(def.name) ?? '';
  const col: DraftColumn = { name, native: sqlparserNativeType(def.data_type), at: startOf(ctx, def.name), nullable: true };
  if (isRowVersion(ctx, col, def)) {
    ctx.draft.warn(col.at, `column "${table.name}.${name}" is a ${col.native.name} the database sets on every write; it is left out of the generated data`);
    return undefined;
  }
  for (const entry of arr(def.options)) {
    if (applyColumnOption(ctx, table, col, entry)) continue;
    warnComputedColumn(ctx, col.at, table.name, name);
    return undefined;
  }
  if (col.native.name === '') ctx.draft.warn(col.at, `column "${table.name}.${name}" has no declared type; it is generated as text`);
  return col;
}
