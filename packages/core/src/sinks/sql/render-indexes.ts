import { findColumn, getTable, type LoadOrder, type Schema, type Table, type TableIndex } from '../../schema/index.js';
import type { Target } from '../target.js';
import { columnContexts } from './column-context.js';
import { indexNames } from './index-names.js';
import { sqlComment } from './script-header.js';
import type { SqlDialect } from './sql-dialect.js';
import { sqlDialect } from './sql-dialects.js';

/** Declared types a target cannot put in a B-tree key at all. */
const UNINDEXABLE: Readonly<Record<Target, RegExp>> = {
  postgres: /^(?:json|xml)\b/i,
  mysql: /^JSON\b/,
  sqlite: /^$/,
  mssql: /\(MAX\)|^(?:XML|N?TEXT|IMAGE)\b/i,
};

/** MySQL indexes TEXT/BLOB columns by a prefix only: as many characters as a key VARCHAR holds. */
const MYSQL_PREFIX: ReadonlyArray<readonly [RegExp, number]> = [[/^(?:TINY|MEDIUM|LONG)?TEXT\b/, 191], [/^(?:TINY|MEDIUM|LONG)?BLOB\b/, 255]];

/** One key part as the target spells it, or `{ unindexable }` naming the column's declared type. */
function keyPart(d: SqlDialect, typeSql: string, column: string, descending: boolean): string | { unindexable: string } {
  if (UNINDEXABLE[d.target].test(typeSql)) return { unindexable: `"${column}" is ${typeSql}` };
  const prefix = d.target === 'mysql' ? MYSQL_PREFIX.find(([re]) => re.test(typeSql))?.[1] : undefined;
  return `${d.quoteIdent(column)}${prefix === undefined ? '' : `(${prefix})`}${descending ? ' DESC' : ''}`;
}

function renderIndex(table: Table, ix: TableIndex, name: string, d: SqlDialect, types: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  for (const [i, c] of ix.columns.entries()) {
    const column = findColumn(table, c)?.name ?? c;
    const part = keyPart(d, types.get(column) ?? '', column, ix.descending?.[i] === true);
    if (typeof part !== 'string') return sqlComment(`index ${name} on ${table.name} left out: column ${part.unindexable}, which ${d.target} cannot index`);
    parts.push(part);
  }
  return `CREATE INDEX ${d.quoteIdent(name)} ON ${d.quoteIdent(table.name)} (${parts.join(', ')});`;
}

/**
 * `CREATE INDEX` for each secondary index of `table`, named by {@link indexNames}: key parts
 * in order with `DESC` where declared; MySQL TEXT/BLOB columns by a 191-character/255-byte
 * prefix. An index on a column the target cannot index (PostgreSQL json, SQL Server
 * NVARCHAR(MAX)) or on a column the table lacks becomes a comment saying so.
 */
export function renderTableIndexes(schema: Schema, table: Table, d: SqlDialect, names: ReadonlyMap<TableIndex, string>): string[] {
  const indexes = table.indexes ?? [];
  if (indexes.length === 0) return [];
  const types = new Map(columnContexts(schema, table, d.alignForeignKeyTypes).map((ctx) => [ctx.column.name, d.columnType(ctx)]));
  return indexes.map((ix) => {
    const name = names.get(ix) ?? ix.name ?? `${table.name}_idx`;
    const missing = ix.columns.find((c) => findColumn(table, c) === undefined);
    if (missing !== undefined) return sqlComment(`index ${name} on ${table.name} left out: the table has no column ${missing}`);
    return renderIndex(table, ix, name, d, types);
  });
}

/**
 * Every secondary index of the schema as `CREATE INDEX` statements (see {@link renderTableIndexes}),
 * tables in load order: what runs once the rows are in. Empty when the schema has no indexes.
 *
 * @example
 * ```ts
 * indexStatements(schema, loadOrder(schema), 'postgres') // ['CREATE INDEX "users_email_idx" ON "users" ("email");']
 * ```
 */
export function indexStatements(schema: Schema, order: LoadOrder, target: Target): string[] {
  if (!schema.tables.some((t) => (t.indexes ?? []).length > 0)) return [];
  const d = sqlDialect(target);
  const names = indexNames(schema, target);
  return order.tables.flatMap((name) => renderTableIndexes(schema, getTable(schema, name), d, names));
}
