import type { Target } from '../target.js';
import { mssqlSyntax } from './mssql/mssql-syntax.js';
import { mysqlSyntax } from './mysql/mysql-syntax.js';
import { postgresSyntax } from './postgres/postgres-syntax.js';
import type { SqlSyntax } from './sql-dialect.js';
import { sqliteSyntax } from './sqlite/sqlite-syntax.js';

const SYNTAXES: Readonly<Record<Target, SqlSyntax>> = {
  postgres: postgresSyntax,
  mysql: mysqlSyntax,
  sqlite: sqliteSyntax,
  mssql: mssqlSyntax,
};

/**
 * The lexical/expression SQL of a target.
 *
 * @example
 * ```ts
 * sqlSyntax('mysql').quoteIdent('order') // '`order`'
 * ```
 */
export function sqlSyntax(target: Target): SqlSyntax {
  return SYNTAXES[target];
}
