import { findColumn, getTable, type LoadOrder, type Schema, type Table, type TableIndex } from '../../schema/index.js';
import type { Target } from '../target.js';
import { columnContexts } from './column-context.js';
import { indexNames } from './index-names.js';
import { mysqlKeyPrefixes } from './mysql/mysql-key-prefixes.js';
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

/** One key part as the target spells it (`prefix`: MySQL's key part length). */
const keyPart = (d: SqlDialect, column: string, descending: boolean, prefix: number | undefined): string =>
  `${d.quoteIdent(column)}${prefix === undefined ? '' : `(${prefix})`}${descending ? ' DESC' : ''}`;

/** Why `target` cannot build the index: a column the table lacks or one of a type it cannot index; undefined when it can. */
function unbuildable(table: Table, ix: TableIndex, target: Target, types: ReadonlyMap<string, string>): string | undefined {
  const missing = ix.columns.find((c) => findColumn(table, c) === undefined);
  if (missing !== undefined) return `the table has no column ${missing}`;
  for (const c of ix.columns) {
    const column = findColumn(table, c)?.name ?? c;
    const typeSql = types.get(column) ?? '';
    if (UNINDEXABLE[target].test(typeSql)) return `column "${column}" is ${typeSql}, which ${target} cannot index`;
  }
  return undefined;
}

function renderIndex(table: Table, ix: TableIndex, name: string, d: SqlDialect, types: ReadonlyMap<string, string>): string {
  const columns = ix.columns.map((c) => findColumn(table, c)?.name ?? c);
  const prefixes = d.target === 'mysql' ? mysqlKeyPrefixes(columns.map((c) => types.get(c) ?? ''), ix.prefixes ?? []) : [];
  const parts = columns.map((c, i) => keyPart(d, c, ix.descending?.[i] === true, prefixes[i]));
  return `CREATE INDEX ${d.quoteIdent(name)} ON ${d.quoteIdent(table.name)} (${parts.join(', ')});`;
}

/** Each table column's declared type on the dialect's target. */
const typesOf = (schema: Schema, table: Table, d: SqlDialect): Map<string, string> =>
  new Map(columnContexts(schema, table, d.alignForeignKeyTypes).map((ctx) => [ctx.column.name, d.columnType(ctx)]));

/**
 * `CREATE INDEX` for each secondary index of `table`, named by {@link indexNames}: key parts
 * in order with `DESC` where declared; in MySQL a declared prefix kept, TEXT/BLOB columns by a
 * 191-character/255-byte prefix, and string columns cut to prefixes when the key would pass 3072
 * bytes ({@link mysqlKeyPrefixes}). An index on a column the target cannot index (PostgreSQL json, SQL Server
 * NVARCHAR(MAX)) or on a column the table lacks becomes a comment saying so.
 */
export function renderTableIndexes(schema: Schema, table: Table, d: SqlDialect, names: ReadonlyMap<TableIndex, string>): string[] {
  const indexes = table.indexes ?? [];
  if (indexes.length === 0) return [];
  const types = typesOf(schema, table, d);
  return indexes.map((ix) => {
    const name = names.get(ix) ?? ix.name ?? `${table.name}_idx`;
    const why = unbuildable(table, ix, d.target, types);
    return why === undefined ? renderIndex(table, ix, name, d, types) : sqlComment(`index ${name} on ${table.name} left out: ${why}`);
  });
}

/** A secondary index `target` cannot build, so loading and the SQL files leave it out. */
export interface LeftOutIndex {
  readonly table: string;
  /** The name it would be created under ({@link indexNames}). */
  readonly index: string;
  /** `column "payload" is JSON, which mysql cannot index` */
  readonly why: string;
}

/**
 * The secondary indexes of `schema` that `target` cannot build (a key column of a type it cannot
 * index: PostgreSQL json, MySQL JSON, SQL Server NVARCHAR(MAX)), for a warning: the SQL files
 * carry a `-- left out` comment, `--into` creates nothing.
 *
 * @example
 * ```ts
 * leftOutIndexes(schema, 'postgres') // [{ table: 'ev', index: 'ev_kind_payload', why: 'column "payload" is json, which postgres cannot index' }]
 * ```
 */
export function leftOutIndexes(schema: Schema, target: Target): LeftOutIndex[] {
  const d = sqlDialect(target);
  const names = indexNames(schema, target);
  return schema.tables.flatMap((t) => {
    const types = typesOf(schema, t, d);
    return (t.indexes ?? []).flatMap((ix) => {
      const why = unbuildable(t, ix, target, types);
      return why === undefined ? [] : [{ table: t.name, index: names.get(ix) ?? ix.name ?? `${t.name}_idx`, why }];
    });
  });
}

/**
 * Every secondary index of the schema as `CREATE INDEX` statements (see {@link renderTableIndexes}),
 * tables in load order: what runs once the rows are in. Empty when the schema has no indexes.
 * `reserved`: names taken in the target already (see {@link indexNames}).
 *
 * @example
 * ```ts
 * indexStatements(schema, loadOrder(schema), 'postgres') // ['CREATE INDEX "users_email_idx" ON "users" ("email");']
 * ```
 */
export function indexStatements(schema: Schema, order: LoadOrder, target: Target, reserved: readonly string[] = []): string[] {
  if (!schema.tables.some((t) => (t.indexes ?? []).length > 0)) return [];
  const d = sqlDialect(target);
  const names = indexNames(schema, target, reserved);
  return order.tables.flatMap((name) => renderTableIndexes(schema, getTable(schema, name), d, names));
}
