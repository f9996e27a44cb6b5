import type { StatementSlice } from '../../text/split-statements.js';
import type { SqlparserFailure } from './sqlparser-module.js';

/**
 * MySQL (default sql_mode) reads `"x"` as a string, so DDL writes `ENUM("a","b")` or
 * `COMMENT "x"`; sqlparser-rs wants a single-quoted literal where only a string may stand.
 * When it rejects a double-quoted token with "Expected: a string", this fallback requotes that
 * one token ('x', same length, so every position stays valid) for a re-parse. Documented in
 * docs/decisions/0002-ddl-parsers.md; the structure still comes from the parser's AST.
 */
export function requoteRejectedString(sql: string, slice: StatementSlice, error: SqlparserFailure): string | undefined {
  const found = /Expected: (?:a string|string literal|Token::SingleQuotedString), found: (".*")$/.exec(error.message)?.[1];
  if (found === undefined || found.slice(1, -1).includes("'")) return undefined;
  const token = slice.tokens.find((t) => t.kind === 'quoted' && sql.slice(t.start - slice.start, t.end - slice.start) === found);
  if (!token) return undefined;
  const at = token.start - slice.start;
  return `${sql.slice(0, at)}'${found.slice(1, -1)}'${sql.slice(token.end - slice.start)}`;
}
