import { findColumn, type Column, type Table } from '../../../schema/index.js';
import { identityColumn } from '../identity-column.js';
import { impliedChecks, type NativeTypes } from '../implied-checks.js';
import type { SqlDialect } from '../sql-dialect.js';
import { mysqlStringLiteral as lit } from '../sql-strings.js';
import { mysqlSyntax } from './mysql-syntax.js';
import { mysqlNeedsParenDefault, mysqlNullable, mysqlType } from './mysql-types.js';

/** AUTO_INCREMENT must lead an index: first column of the PRIMARY KEY or a UNIQUE. */
function autoIncrementColumn(table: Table): Column | undefined {
  const leads = [table.primaryKey?.columns[0], ...table.uniques.map((u) => u.columns[0])]
    .filter((c): c is string => c !== undefined)
    .map((c) => findColumn(table, c));
  return identityColumn(table, (c) => leads.includes(c));
}

function tableOptions(table: Table): string {
  const comment = table.comment === undefined ? '' : ` COMMENT=${lit(table.comment)}`;
  return ` ENGINE=InnoDB DEFAULT CHARSET=utf8mb4${comment}`;
}

const SQL_MODE = "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'NO_AUTO_VALUE_ON_ZERO', 'STRICT_ALL_TABLES');";

/** MySQL declares every enum (ENUM columns) but no domains: CHECKs stand in. */
const NATIVE_TYPES: NativeTypes = { enums: 'all', domains: false };

/**
 * MySQL / MariaDB: InnoDB utf8mb4 tables, native ENUM, AUTO_INCREMENT kept (explicit
 * values insert fine with NO_AUTO_VALUE_ON_ZERO), domains flattened into CHECKs, FK
 * columns declared with their parent's exact type. DDL is not transactional.
 */
export const mysqlDialect: SqlDialect = {
  nativeTypes: NATIVE_TYPES,
  ...mysqlSyntax,
  maxRowsPerInsert: 500,
  preamble: ['SET NAMES utf8mb4;', "SET time_zone = '+00:00';", SQL_MODE],
  begin: 'START TRANSACTION;',
  commit: 'COMMIT;',
  transactionalDdl: false,
  uniqueAllowsManyNulls: true,
  alignForeignKeyTypes: true,
  tableOptions,
  columnType: (ctx) => `${mysqlType(ctx.type, ctx.isKey)}${mysqlNullable(ctx.type, ctx.column.nullable)}`,
  typeChecks: (ctx) => impliedChecks(ctx.type, mysqlSyntax.quoteIdent(ctx.column.name), 'mysql', NATIVE_TYPES),
  identity: (ctx) => ({ afterType: '', trailing: autoIncrementColumn(ctx.table) === ctx.column ? ' AUTO_INCREMENT' : '' }),
  columnSuffix: (ctx) => (ctx.column.comment === undefined ? '' : ` COMMENT ${lit(ctx.column.comment)}`),
  currentTimestamp: 'CURRENT_TIMESTAMP(3)',
  parenthesizeDefault: (ctx) => mysqlNeedsParenDefault(ctx.type, ctx.isKey),
  typeDefinitions: () => [],
  afterCreateTable: () => [],
  beforeInserts: () => [],
  insertOverriding: () => '',
  afterInserts: () => [],
  identityResync: () => [],
  typedCase: (sql) => sql,
  referentialAction: (action) => (/^set\s+default$/i.test(action) ? undefined : action),
};
