import { impliedChecks, type NativeTypes } from '../implied-checks.js';
import type { SqlDialect } from '../sql-dialect.js';
import { doubleQuoteIdent } from '../sql-strings.js';
import { sqliteSyntax } from './sqlite-syntax.js';
import { sqliteType } from './sqlite-types.js';

/** SQLite declares neither enums nor domains: CHECKs stand in. */
const NATIVE_TYPES: NativeTypes = { enums: 'none', domains: false };

/**
 * SQLite: affinity types, enums and domains as CHECKs, foreign keys always inline
 * (there is no ALTER TABLE ADD CONSTRAINT; late ones are DEFERRABLE INITIALLY
 * DEFERRED), `PRAGMA foreign_keys = ON` in every file.
 */
export const sqliteDialect: SqlDialect = {
  nativeTypes: NATIVE_TYPES,
  ...sqliteSyntax,
  maxRowsPerInsert: 500,
  preamble: ['PRAGMA foreign_keys = ON;'],
  begin: 'BEGIN;',
  commit: 'COMMIT;',
  transactionalDdl: true,
  uniqueAllowsManyNulls: true,
  alignForeignKeyTypes: false,
  tableOptions: () => '',
  columnType: (ctx) => sqliteType(ctx.type),
  typeChecks: (ctx) => impliedChecks(ctx.type, doubleQuoteIdent(ctx.column.name), 'sqlite', NATIVE_TYPES),
  identity: () => ({ afterType: '', trailing: '' }),
  columnSuffix: () => '',
  currentTimestamp: 'CURRENT_TIMESTAMP',
  parenthesizeDefault: () => false,
  typeDefinitions: () => [],
  afterCreateTable: () => [],
  beforeInserts: () => [],
  insertOverriding: () => '',
  afterInserts: () => [],
  identityResync: () => [],
  typedCase: (sql) => sql,
  referentialAction: (action) => action,
};
