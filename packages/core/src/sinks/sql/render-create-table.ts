import { findColumn, type Schema, type Table, type UniqueConstraint } from '../../schema/index.js';
import { sqlComment } from './script-header.js';
import { columnContexts } from './column-context.js';
import type { ConstraintNames } from './constraint-names.js';
import type { PlacedForeignKey } from './foreign-key-placement.js';
import { foreignKeyClause } from './render-foreign-key.js';
import { renderDefault } from './render-default.js';
import { leftOutChecksOf, leftOutNote, portableCheck } from './left-out-checks.js';
import { renderExpr } from './render-expr.js';
import type { ColumnContext, SqlDialect } from './sql-dialect.js';

/** What rendering one CREATE TABLE needs. */
export interface DdlEnv {
  readonly schema: Schema;
  readonly dialect: SqlDialect;
  readonly names: ConstraintNames;
  readonly placements: readonly PlacedForeignKey[];
}

function columnLine(ctx: ColumnContext, d: SqlDialect): string {
  const id = d.identity(ctx);
  const t = ctx.column.type;
  const notNull = !ctx.column.nullable || (t.kind === 'domain' && t.notNull && d.target !== 'postgres') ? ' NOT NULL' : '';
  const def = renderDefault(ctx, d);
  const defSql = def === undefined ? '' : ` DEFAULT ${def}`;
  return `${d.quoteIdent(ctx.column.name)} ${d.columnType(ctx)}${id.afterType}${notNull}${defSql}${id.trailing}${d.columnSuffix(ctx)}`;
}

function named(env: DdlEnv, c: { readonly name?: string }): string {
  const name = env.names.nameOf(c);
  return name === undefined ? '' : `CONSTRAINT ${env.dialect.quoteIdent(name)} `;
}

const quotedColumns = (table: Table, names: readonly string[], d: SqlDialect): string[] =>
  names.map((n) => d.quoteIdent(findColumn(table, n)?.name ?? n));

/** UNIQUEs over nullable columns where the target allows one NULL only (SQL Server). */
function filteredUniques(table: Table, d: SqlDialect): UniqueConstraint[] {
  if (d.uniqueAllowsManyNulls) return [];
  return table.uniques.filter((u) => u.columns.some((c) => findColumn(table, c)?.nullable ?? false));
}

function keyLines(table: Table, env: DdlEnv): string[] {
  const d = env.dialect;
  const cols = (names: readonly string[]): string => quotedColumns(table, names, d).join(', ');
  const pk = table.primaryKey ? [`${named(env, table.primaryKey)}PRIMARY KEY (${cols(table.primaryKey.columns)})`] : [];
  const filtered = filteredUniques(table, d);
  const uniques = table.uniques.filter((u) => !filtered.includes(u));
  return [...pk, ...uniques.map((u) => `${named(env, u)}UNIQUE (${cols(u.columns)})`)];
}

/** `CREATE UNIQUE INDEX ... WHERE c IS NOT NULL` for {@link filteredUniques}. */
function uniqueIndexes(table: Table, env: DdlEnv): string[] {
  const d = env.dialect;
  return filteredUniques(table, d).map((u) => {
    const cols = quotedColumns(table, u.columns, d);
    const name = env.names.nameOf(u) ?? `UX_${table.name}_${u.columns.join('_')}`.slice(0, 128);
    return `CREATE UNIQUE INDEX ${d.quoteIdent(name)} ON ${d.quoteIdent(table.name)} (${cols.join(', ')}) WHERE ${cols.map((c) => `${c} IS NOT NULL`).join(' AND ')};`;
  });
}

function checkLines(table: Table, contexts: readonly ColumnContext[], env: DdlEnv): string[] {
  const d = env.dialect;
  const quoteColumn = (n: string): string => d.quoteIdent(findColumn(table, n)?.name ?? n);
  const own = table.checks.filter((c) => portableCheck(env.schema, d.target, c)).map((c) => `${named(env, c)}CHECK (${renderExpr(c.expr, d.target, quoteColumn)})`);
  return [...own, ...contexts.flatMap((ctx) => d.typeChecks(ctx).map((sql) => `CHECK (${sql})`))];
}

/** Notes for the CHECKs (table and domain) the target cannot declare (a target that declares domains itself has none of the latter). */
function skippedChecks(table: Table, env: DdlEnv): string[] {
  return leftOutChecksOf(env.schema, env.dialect.target, table, env.dialect.nativeTypes).map((c) => sqlComment(leftOutNote(c)));
}

/**
 * The statements declaring one table: notes about left-out CHECKs, `CREATE TABLE` with
 * columns (type, identity, NOT NULL, DEFAULT), PRIMARY KEY, UNIQUEs, CHECKs (the
 * table's and those implied by enum/domain types) and the FOREIGN KEYs placed inline,
 * then any per-table statements (PostgreSQL comments).
 *
 * @example
 * ```ts
 * renderCreateTable(table, env).join('\n')
 * ```
 */
export function renderCreateTable(table: Table, env: DdlEnv): string[] {
  const d = env.dialect;
  const contexts = columnContexts(env.schema, table, d.alignForeignKeyTypes);
  const fks = env.placements
    .filter((p) => p.table === table && (p.placement === 'inline' || p.placement === 'inline-deferred'))
    .map((p) => foreignKeyClause(p, d, env.names));
  const lines = [...contexts.map((c) => columnLine(c, d)), ...keyLines(table, env), ...checkLines(table, contexts, env), ...fks];
  const create = `CREATE TABLE ${d.quoteIdent(table.name)} (\n  ${lines.join(',\n  ')}\n)${d.tableOptions(table)};`;
  return [...skippedChecks(table, env), create, ...uniqueIndexes(table, env), ...d.afterCreateTable(table)];
}
