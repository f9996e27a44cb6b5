import { keyword, type Token } from '../../text/sql-lexer.js';
import { splitStatements, type StatementSlice } from '../../text/split-statements.js';
import type { SourceText } from '../../text/source-text.js';
import { createdViewName } from '../created-view-name.js';
import { errorAt } from '../ddl-error.js';
import { SchemaDraft } from '../schema-draft.js';
import { isDataStatement, isSkippableUnparsed, statementExcerpt, statementLabel } from '../skip-statement.js';
import { arr, isObj, variant, type Obj } from './sqlparser-ast.js';
import { readAlterTable } from './sqlparser-alter-table.js';
import { readCreateIndex } from './sqlparser-create-index.js';
import { warnComputedColumn } from './sqlparser-column.js';
import { readCreateTable } from './sqlparser-create-table.js';
import { parseWithSqlparser, type SqlparserDialect, type SqlparserFailure, type SqlparserResult } from './sqlparser-module.js';
import { requoteRejectedString } from './repair-mysql-strings.js';
import { normalizeStatement } from './normalize-statement.js';
import type { StatementContext } from './statement-context.js';
import { tsqlComputedColumns } from './tsql-computed-columns.js';

const SHAPING = new Set(['CreateTable', 'AlterTable', 'CreateIndex']);

/** Warns about a statement that is not read; a view it creates is remembered (an index on it is skipped too). */
function skipped(ctx: StatementContext, why: string): void {
  const { slice, src } = ctx;
  const view = createdViewName(slice.tokens);
  if (view !== undefined) ctx.draft.skipRelation(view);
  ctx.draft.warn(slice.start, `skipped ${statementLabel(slice.tokens)}: ${why}`, statementExcerpt(src.text, slice.start, slice.end));
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

function readStatement(ctx: StatementContext, statement: unknown): void {
  const [tag, p] = variant(statement);
  const body: Obj = isObj(p) ? p : {};
  if (tag === 'CreateTable') return readCreateTable(ctx, body);
  if (tag === 'AlterTable') return readAlterTable(ctx, body);
  if (tag === 'CreateIndex' && readCreateIndex(ctx, body)) return;
  const nested = tag === 'If' ? ifBranchStatements(p) : [];
  if (!nested.some((s) => SHAPING.has(variant(s)[0]))) return skipped(ctx, 'it does not shape the generated data');
  for (const s of nested) readStatement(ctx, s);
}

/** Why an unreadable statement that may be skipped is skipped: a unique index's uniqueness is lost. */
function unparsedReason(tokens: readonly Token[]): string {
  if (keyword(tokens[0]) === 'CREATE' && keyword(tokens[1]) === 'UNIQUE') return 'the parser could not read it, so this uniqueness is not enforced by the generator';
  return 'the parser could not read it, and it does not shape the generated data';
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

function readSlice(ctx: StatementContext, dialect: SqlparserDialect): void {
  if (isDataStatement(ctx.slice.tokens)) return skipped(ctx, 'it does not shape the generated data');
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
