import type { Table } from '../../../schema/index.js';
import { identityColumn } from '../identity-column.js';
import { impliedChecks, type NativeTypes } from '../implied-checks.js';
import type { SqlDialect } from '../sql-dialect.js';
import { standardStringLiteral } from '../sql-strings.js';
import { mssqlSyntax } from './mssql-syntax.js';
import { mssqlType } from './mssql-types.js';

const q = mssqlSyntax.quoteIdent;

function identityInsert(table: Table, on: boolean): string[] {
  return identityColumn(table) ? [`SET IDENTITY_INSERT ${q(table.name)} ${on ? 'ON' : 'OFF'};`] : [];
}

/** SQL Server rejects RESTRICT and cascading self-references. */
function referentialAction(action: string, selfReference: boolean): string | undefined {
  const a = action.toUpperCase().replace(/\s+/g, ' ');
  if (a === 'RESTRICT' || a === 'NO ACTION') return 'NO ACTION';
  return selfReference ? undefined : a;
}

/** SQL Server declares neither enums nor domains: CHECKs stand in. */
const NATIVE_TYPES: NativeTypes = { enums: 'none', domains: false };

/**
 * SQL Server: IDENTITY columns filled explicitly under `SET IDENTITY_INSERT ... ON`,
 * enums and domains as CHECKs, FK columns typed exactly like their parents, batches of
 * up to 1000 rows per INSERT (the VALUES limit). Not verified against a live server.
 */
export const mssqlDialect: SqlDialect = {
  nativeTypes: NATIVE_TYPES,
  ...mssqlSyntax,
  maxRowsPerInsert: 1000,
  preamble: ['SET NOCOUNT ON;', 'SET XACT_ABORT ON;', 'SET DATEFORMAT ymd;'],
  begin: 'BEGIN TRANSACTION;',
  commit: 'COMMIT TRANSACTION;',
  transactionalDdl: true,
  uniqueAllowsManyNulls: false,
  alignForeignKeyTypes: true,
  tableOptions: () => '',
  columnType: (ctx) => mssqlType(ctx.type, ctx.isKey),
  typeChecks: (ctx) => impliedChecks(ctx.type, q(ctx.column.name), 'mssql', NATIVE_TYPES),
  identity: (ctx) => ({ afterType: identityColumn(ctx.table) === ctx.column ? ' IDENTITY(1,1)' : '', trailing: '' }),
  columnSuffix: () => '',
  currentTimestamp: 'CURRENT_TIMESTAMP',
  parenthesizeDefault: () => false,
  typeDefinitions: () => [],
  afterCreateTable: () => [],
  beforeInserts: (table) => identityInsert(table, true),
  insertOverriding: () => '',
  afterInserts: (table) => identityInsert(table, false),
  identityResync: (table) => (identityColumn(table) ? [`DBCC CHECKIDENT (${standardStringLiteral(q(table.name))}) WITH NO_INFOMSGS;`] : []),
  typedCase: (sql) => sql,
  referentialAction,
};
