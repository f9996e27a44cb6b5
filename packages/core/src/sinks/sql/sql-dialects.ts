import type { Target } from '../target.js';
import { mssqlDialect } from './mssql/mssql-dialect.js';
import { mysqlDialect } from './mysql/mysql-dialect.js';
import { postgresDialect } from './postgres/postgres-dialect.js';
import type { SqlDialect } from './sql-dialect.js';
import { sqliteDialect } from './sqlite/sqlite-dialect.js';

const DIALECTS: Readonly<Record<Target, SqlDialect>> = {
  postgres: postgresDialect,
  mysql: mysqlDialect,
  sqlite: sqliteDialect,
  mssql: mssqlDialect,
};

/**
 * The full SQL dialect (types, DDL hooks, script framing) of a target.
 *
 * @example
 * ```ts
 * sqlDialect('mssql').maxRowsPerInsert // 1000
 * ```
 */
export function sqlDialect(target: Target): SqlDialect {
  return DIALECTS[target];
}
