/**
 * `'..'` with quotes doubled: the standard SQL string literal (PostgreSQL with
 * standard_conforming_strings, SQLite, SQL Server).
 *
 * @example
 * ```ts
 * standardStringLiteral("it's") // "'it''s'"
 * ```
 */
export function standardStringLiteral(s: string): string {
  return s.includes("'") ? `'${s.replaceAll("'", "''")}'` : `'${s}'`;
}

/**
 * A MySQL/MariaDB string literal: quotes doubled and backslashes escaped (the default
 * sql_mode treats `\` as an escape character).
 *
 * @example
 * ```ts
 * mysqlStringLiteral('a\\b') // "'a\\\\b'"
 * ```
 */
export function mysqlStringLiteral(s: string): string {
  if (!/['\\\0]/.test(s)) return `'${s}'`;
  return `'${s.replace(/['\\\0]/g, (c) => (c === "'" ? "''" : c === '\\' ? '\\\\' : '\\0'))}'`;
}

/** Double-quoted identifier (`"x"`, quotes doubled): PostgreSQL and SQLite. */
export function doubleQuoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Identifier rendering used by one file, for callers that need only quoting. */
export type IdentQuoter = (name: string) => string;
