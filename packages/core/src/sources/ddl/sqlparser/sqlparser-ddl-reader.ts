import { keyword, type Token } from '../../text/sql-lexer.js';
import { splitStatements, type StatementSlice } from '../../text/split-statements.js';
import type { SourceText } from '../../text/source-text.js';
import { createdViewName } from '../created-view-name.js';
import { errorAt } from '../ddl-error.js';
import { SchemaDraft } from '../schema-draft.js';
import {
  DATA_REASON, isDataStatement, isSkippableUnparsed, isTransactionControl, isVirtualTable, statementExcerpt, statementLabel, virtualTableReason,
} from '../skip-statement.js';
import { arr, isObj, lastName, variant, type Obj } from './sqlparser-ast.js';
import { readAlterTable } from './sqlparser-alter-table.js';
import { readCreateIndex } from './sqlparser-create-index.js';
import { warnComputedColumn } from './sqlparser-column.js';
import { readCreateTable } from './sqlparser-create-table.js';
import { parseWithSqlparser, type SqlparserDialect, type SqlparserFailure, type SqlparserResult } from './sqlparser-module.js';
import { requoteRejectedString } from './repair-mysql-strings.js';
import { normalizeStatement } from './normalize-statement.js';
import type { StatementContext } from './statement-context.js';
import { isTsqlTableType, readTsqlAliasType } from './tsql-alias-type.js';
import { tsqlComputedColumns } from './tsql-computed-columns.js';

const SHAPING = new Set(['CreateTable', 'AlterTable', 'CreateIndex']);

const isUniqueIndex = (tokens: readonly Token[]): boolean => keyword(tokens[0]) === 'CREATE' && keyword(tokens[1]) === 'UNIQUE';

/**
 * Warns about a statement that is not read (one warning per kind, counted; a unique index whose
 * uniqueness is lost is named each time); a view it creates is remembered (an index on it is skipped too).
 * Transaction control (BEGIN, COMMIT ...) is skipped silently.
 */
function skipped(ctx: StatementContext, why: string): void {
  const { slice, src } = ctx;
  if (isTransactionControl(slice.tokens)) return;
  const view = createdViewName(slice.tokens);
  if (view !== undefined) ctx.draft.skipRelation(view);
  const kind = statementLabel(slice.tokens);
  const statement = statementExcerpt(src.text, slice.start, slice.end);
  if (isUniqueIndex(slice.tokens)) return ctx.draft.warn(slice.start, `skipped ${kind}: ${why}`, statement);
  ctx.draft.skip(slice.start, { kind, reason: why, statement });
}

/** Where a parser error points: its Line/Column, else the token it names, else the statement start. */
function errorOffset(ctx: StatementContext, e: SqlparserFailure): number {
  const { slice, src } = ctx;
  if (e.line !== undefined && e.column !== undefined) return Math.min(src.offsetOf(e.line, e.column, slice.start), slice.end);
  const found = /found: (.+)$/.exec(e.message)?.[1]?.trim();
  if (found === 'EOF') return slice.end;
  const t = slice.tokens.find((tok) => found !== undefined && src.text.slice(tok.start, tok.end) === found);
  return t?.start ?? slice.start;
}

/** T-SQL `IF ... BEGIN CREATE TABLE ... END`: the statements of the first branch. */
function ifBranchStatements(p: unknown): readonly unknown[] {
  const block = isObj(p) && isObj(p.if_block) ? p.if_block.conditional_statements : undefined;
  const [, body] = variant(block);
  return isObj(body) ? arr(body.statements) : arr(body);
}

/** DROP INDEX [IF EXISTS] a [ON t]: each secondary index read before is removed; true when all were. */
function dropIndexes(ctx: StatementContext, p: Obj): boolean {
  if (p.object_type !== 'Index') return false;
  const table = lastName(p.table);
  return arr(p.names).map((n) => ctx.draft.dropIndex(lastName(n) ?? '', table)).every(Boolean);
}

function readStatement(ctx: StatementContext, statement: unknown): void {
  const [tag, p] = variant(statement);
  const body: Obj = isObj(p) ? p : {};
  if (tag === 'CreateTable') return readCreateTable(ctx, body);
  if (tag === 'AlterTable') return readAlterTable(ctx, body);
  if (tag === 'CreateIndex') return readCreateIndex(ctx, body);
  if (tag === 'Drop' && dropIndexes(ctx, body)) return;
  if (tag === 'CreateVirtualTable') return skipped(ctx, virtualTableReason(ctx.slice.tokens));
  const nested = tag === 'If' ? ifBranchStatements(p) : [];
  if (!nested.some((s) => SHAPING.has(variant(s)[0]))) return skipped(ctx, 'it does not shape the generated data');
  for (const s of nested) readStatement(ctx, s);
}

/**
 * Why an unreadable statement that may be skipped is skipped. Only a unique index loses
 * something (its uniqueness); a procedure, PRAGMA, schema, grant ... never shapes data,
 * whether the parser reads it or not.
 */
function unparsedReason(tokens: readonly Token[]): string {
  if (isUniqueIndex(tokens)) return 'the parser could not read it, so this uniqueness is not enforced by the generator';
  if (statementLabel(tokens) === 'CREATE INDEX') return 'the parser could not read it, so this index is not created in the output';
  if (keyword(tokens[0]) === 'IF') return 'a conditional block that creates no table or type; it does not shape the generated data';
  if (isVirtualTable(tokens)) return virtualTableReason(tokens);
  return 'it does not shape the generated data';
}

/** Parses a statement; for MySQL, re-parses after requoting "strings" the parser rejected. */
function parseSlice(ctx: StatementContext, dialect: SqlparserDialect): SqlparserResult {
  let sql = normalizeStatement(ctx.src.text, ctx.slice, dialect);
  let result = parseWithSqlparser(sql, dialect);
  for (let tries = 0; !result.ok && dialect === 'mysql' && tries < 200; tries++) {
    const repaired = requoteRejectedString(sql, ctx.slice, result.error);
    if (repaired === undefined) break;
    sql = repaired;
    result = parseWithSqlparser(sql, dialect);
  }
  return result;
}

/** SQL Server computed columns were blanked before parsing (normalizeStatement); say so. */
function warnTsqlComputed(ctx: StatementContext): void {
  for (const c of tsqlComputedColumns(ctx.slice.tokens)) {
    const table = ctx.draft.findTable(c.table)?.name ?? c.table;
    warnComputedColumn(ctx, c.at, table, c.column);
  }
}

/** SQL Server CREATE TYPE forms sqlparser-rs rejects: alias types (read) and table types (skipped). */
function readTsqlType(ctx: StatementContext): boolean {
  if (readTsqlAliasType(ctx)) return true;
  if (!isTsqlTableType(ctx.slice.tokens)) return false;
  skipped(ctx, 'a table type only types procedure parameters; it does not shape the generated data');
  return true;
}

/** MySQL client `source file`: the file it names is not read (the employees sample loads its rows so). */
function skipSourceCommand(ctx: StatementContext): boolean {
  const { tokens } = ctx.slice;
  if (keyword(tokens[0]) !== 'SOURCE') return false;
  const file = ctx.src.text.slice(tokens[1]?.start ?? ctx.slice.end, ctx.slice.end).trim();
  skipped(ctx, `a mysql client command; the file it loads${file === '' ? '' : ` (${file})`} is not read`);
  return true;
}

function readSlice(ctx: StatementContext, dialect: SqlparserDialect): void {
  if (isDataStatement(ctx.slice.tokens)) return skipped(ctx, DATA_REASON);
  if (dialect === 'mysql' && skipSourceCommand(ctx)) return;
  if (dialect === 'mssql' && readTsqlType(ctx)) return;
  const result = parseSlice(ctx, dialect);
  if (result.ok) {
    for (const s of result.statements) readStatement(ctx, s);
    if (dialect === 'mssql') warnTsqlComputed(ctx);
    return;
  }
  if (isSkippableUnparsed(ctx.slice.tokens)) return skipped(ctx, unparsedReason(ctx.slice.tokens));
  throw errorAt(ctx.src, errorOffset(ctx, result.error), 'DDL_SYNTAX', `syntax error in ${statementLabel(ctx.slice.tokens)} statement: ${result.error.message}`);
}

/**
 * Reads MySQL/MariaDB, SQLite or SQL Server DDL with sqlparser-ts, one statement at a time
 * (statements located by the lexer, so every position maps back to the original text).
 */
export function readSqlparserDdl(src: SourceText, dialect: SqlparserDialect): SchemaDraft {
  const draft = new SchemaDraft(src, dialect);
  const slices: readonly StatementSlice[] = splitStatements(src.text, dialect);
  for (const slice of slices) readSlice({ draft, src, slice }, dialect);
  return draft;
}
