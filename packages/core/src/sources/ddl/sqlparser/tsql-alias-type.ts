import { keyword, type Token } from '../../text/sql-lexer.js';
import { errorAt } from '../ddl-error.js';
import { arr, isObj, variant } from './sqlparser-ast.js';
import { sqlparserNativeType } from './sqlparser-data-type.js';
import { parseWithSqlparser } from './sqlparser-module.js';
import type { StatementContext } from './statement-context.js';

const isName = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'quoted');
const punct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.text === p;

/** Index of the type's last name token in `CREATE TYPE [schema.]name ...`, else -1. */
function typeNameEnd(tokens: readonly Token[]): number {
  if (keyword(tokens[0]) !== 'CREATE' || keyword(tokens[1]) !== 'TYPE') return -1;
  let j = 2;
  while (isName(tokens[j]) && punct(tokens[j + 1], '.')) j += 2;
  return isName(tokens[j]) ? j : -1;
}

/** Token count of a trailing `NULL` / `NOT NULL`, and whether it says NOT NULL. */
function trailingNullability(tokens: readonly Token[]): { words: number; notNull: boolean } {
  const n = tokens.length;
  if (keyword(tokens[n - 1]) !== 'NULL') return { words: 0, notNull: false };
  return keyword(tokens[n - 2]) === 'NOT' ? { words: 2, notNull: true } : { words: 1, notNull: false };
}

/** The base type's DataType node, read by sqlparser-rs as a column type; a DDL_SYNTAX error at the type otherwise. */
function baseDataType(ctx: StatementContext, from: number, to: number): unknown {
  const typeText = ctx.src.text.slice(from, to).replace(/\s+/g, ' ');
  const result = parseWithSqlparser(`CREATE TABLE t (c ${typeText})`, 'mssql');
  const [, body] = result.ok ? variant(result.statements[0]) : ['', undefined];
  const column = isObj(body) ? arr(body.columns)[0] : undefined;
  if (result.ok && arr(isObj(body) ? body.columns : []).length === 1 && isObj(column)) return column.data_type;
  throw errorAt(ctx.src, from, 'DDL_SYNTAX', `syntax error in CREATE TYPE statement: "${typeText}" is not a type Rowforge can read`);
}

/**
 * SQL Server alias types (`CREATE TYPE [dbo].[Name] FROM nvarchar(50) NULL`, AdventureWorks),
 * which sqlparser-rs rejects: read as a domain over the base type, NOT NULL when declared so.
 * Returns false for any other statement.
 */
export function readTsqlAliasType(ctx: StatementContext): boolean {
  const { tokens } = ctx.slice;
  const end = typeNameEnd(tokens);
  if (end < 0 || keyword(tokens[end + 1]) !== 'FROM') return false;
  const nullability = trailingNullability(tokens);
  const type = tokens.slice(end + 2, tokens.length - nullability.words);
  const first = type[0];
  const last = type[type.length - 1];
  if (first === undefined || last === undefined) throw errorAt(ctx.src, ctx.slice.end, 'DDL_SYNTAX', 'syntax error in CREATE TYPE statement: no base type after FROM');
  const base = sqlparserNativeType(baseDataType(ctx, first.start, last.end));
  ctx.draft.addDomain({ name: (tokens[end] as Token).text, base, notNull: nullability.notNull, checks: [] });
  return true;
}

/** `CREATE TYPE name AS TABLE (...)`: a table-valued parameter type, which holds no rows. */
export function isTsqlTableType(tokens: readonly Token[]): boolean {
  const end = typeNameEnd(tokens);
  return end >= 0 && keyword(tokens[end + 1]) === 'AS' && keyword(tokens[end + 2]) === 'TABLE';
}
