import type { NativeTypes } from './implied-checks.js';
import type { Column, LogicalType, Schema, Table } from '../../schema/index.js';
import type { Target } from '../target.js';

/**
 * Lexical and expression-level SQL of one target: quoting, literals, the few operators
 * and functions whose spelling differs. Used by {@link renderExpr} and literal encoding.
 */
export interface SqlSyntax {
  readonly target: Target;
  readonly quoteIdent: (name: string) => string;
  /** A text literal, escaped for the target (`N'..'` on SQL Server). */
  readonly stringLiteral: (s: string) => string;
  readonly booleanLiteral: (b: boolean) => string;
  /** A binary literal from lower-case hex. */
  readonly bytesLiteral: (hex: string) => string;
  /** String concatenation of two rendered operands. */
  readonly concat: (left: string, right: string) => string;
  /** The target's spelling of a (lower-case) function name, e.g. `length` → `LEN`. */
  readonly functionName: (name: string) => string;
  /** The target's spelling of a CAST target type name. */
  readonly castType: (to: string) => string;
  readonly likeOperator: (caseInsensitive: boolean) => string;
  /** The regular-expression match operator; absent where the target has none in CHECKs (SQLite, SQL Server). */
  readonly regexOperator?: (negated: boolean, caseInsensitive: boolean) => string;
}

/** What a dialect needs to know to declare one column. */
export interface ColumnContext {
  readonly schema: Schema;
  readonly table: Table;
  readonly column: Column;
  /** The type to declare (FK columns may take their parent's type, see `alignForeignKeyTypes`). */
  readonly type: LogicalType;
  /** Part of a PRIMARY KEY, UNIQUE or FOREIGN KEY (either side): must be indexable. */
  readonly isKey: boolean;
}

/** Everything the DDL, INSERT and script writers need from one target. */
export interface SqlDialect extends SqlSyntax {
  readonly maxRowsPerInsert: number;
  /** Session statements at the top of every file (encoding, modes, PRAGMAs). */
  readonly preamble: readonly string[];
  readonly begin: string;
  readonly commit: string;
  /** DDL may share the data's transaction (PostgreSQL, SQLite, SQL Server). */
  readonly transactionalDdl: boolean;
  /** Statement deferring DEFERRABLE constraints to COMMIT, where the target has them. */
  readonly deferConstraints?: string;
  /** A UNIQUE constraint admits many NULLs (false on SQL Server: a filtered unique index is used). */
  readonly uniqueAllowsManyNulls: boolean;
  /** FK columns must have exactly their parent's type (MySQL, SQL Server). */
  readonly alignForeignKeyTypes: boolean;
  /** Text after `)` of CREATE TABLE (e.g. MySQL's ENGINE and charset). */
  readonly tableOptions: (table: Table) => string;
  readonly columnType: (ctx: ColumnContext) => string;
  /** How the target declares enums and domains itself; `typeChecks` adds CHECKs for the rest. */
  readonly nativeTypes: NativeTypes;
  /** CHECK expressions implied by the column's type (inline enums, domains). */
  readonly typeChecks: (ctx: ColumnContext) => string[];
  /** Identity attributes: `afterType` follows the type, `trailing` ends the definition. */
  readonly identity: (ctx: ColumnContext) => { readonly afterType: string; readonly trailing: string };
  /** Text ending a column definition, e.g. MySQL's inline COMMENT. */
  readonly columnSuffix: (ctx: ColumnContext) => string;
  /** CURRENT_TIMESTAMP spelled for a timestamp column's DEFAULT. */
  readonly currentTimestamp: string;
  /** Whether a literal DEFAULT needs parentheses for this column (MySQL TEXT/BLOB/JSON). */
  readonly parenthesizeDefault: (ctx: ColumnContext) => boolean;
  /** Statements that must precede CREATE TABLE (PostgreSQL CREATE TYPE/DOMAIN). */
  readonly typeDefinitions: (schema: Schema) => string[];
  /** Statements after a table's CREATE TABLE (PostgreSQL COMMENT ON). */
  readonly afterCreateTable: (table: Table) => string[];
  /** Statements around a table's INSERTs (SQL Server IDENTITY_INSERT). */
  readonly beforeInserts: (table: Table) => string[];
  readonly afterInserts: (table: Table) => string[];
  /** Text between an INSERT's column list and VALUES (PostgreSQL `OVERRIDING SYSTEM VALUE`). */
  readonly insertOverriding: (table: Table) => string;
  /** Statements re-syncing identity sequences after explicit ids were loaded. */
  readonly identityResync: (table: Table) => string[];
  /** Wraps an UPDATE's CASE expression so its type matches the column (PostgreSQL CAST). */
  readonly typedCase: (caseSql: string, ctx: ColumnContext) => string;
  /** Maps a FK referential action to one the target accepts, or undefined to drop it. */
  readonly referentialAction: (action: string, selfReference: boolean) => string | undefined;
}
