import type { Dialect } from '../schema/index.js';
import type { SourceDialect } from './source-types.js';
import { keyword, tokenize, type Token } from './text/sql-lexer.js';

/** Words that only (or mostly) one dialect uses in DDL. */
const WORDS: Readonly<Record<string, Dialect>> = {
  AUTO_INCREMENT: 'mysql', UNSIGNED: 'mysql', ENGINE: 'mysql', CHARSET: 'mysql', ZEROFILL: 'mysql', TINYTEXT: 'mysql',
  MEDIUMTEXT: 'mysql', LONGTEXT: 'mysql', MEDIUMINT: 'mysql', TINYBLOB: 'mysql', MEDIUMBLOB: 'mysql', LONGBLOB: 'mysql',
  DATETIME: 'mysql', TINYINT: 'mysql', DELIMITER: 'mysql',
  SERIAL: 'postgres', BIGSERIAL: 'postgres', SMALLSERIAL: 'postgres', BYTEA: 'postgres', JSONB: 'postgres',
  TIMESTAMPTZ: 'postgres', TIMETZ: 'postgres', NEXTVAL: 'postgres', CITEXT: 'postgres', INET: 'postgres', ILIKE: 'postgres',
  AUTOINCREMENT: 'sqlite', PRAGMA: 'sqlite', ROWID: 'sqlite',
  NVARCHAR: 'mssql', NTEXT: 'mssql', UNIQUEIDENTIFIER: 'mssql', DATETIME2: 'mssql', DATETIMEOFFSET: 'mssql',
  SMALLDATETIME: 'mssql', CLUSTERED: 'mssql', NONCLUSTERED: 'mssql', NEWID: 'mssql', GETDATE: 'mssql',
  SYSDATETIME: 'mssql', SYSUTCDATETIME: 'mssql', TEXTIMAGE_ON: 'mssql', NOCOUNT: 'mssql', SMALLMONEY: 'mssql',
};

/**
 * Type names only one dialect has (PostgreSQL's built-in and extension types, SQL Server's
 * HIERARCHYID). Counted only after a name (`c hstore`), so a column called `cidr` is not evidence.
 */
const TYPE_WORDS: Readonly<Record<string, Dialect>> = {
  HSTORE: 'postgres', TSVECTOR: 'postgres', TSQUERY: 'postgres', CIDR: 'postgres', MACADDR: 'postgres', MACADDR8: 'postgres',
  LTREE: 'postgres', INT4RANGE: 'postgres', INT8RANGE: 'postgres', NUMRANGE: 'postgres', TSRANGE: 'postgres',
  TSTZRANGE: 'postgres', DATERANGE: 'postgres', REGCLASS: 'postgres', PG_LSN: 'postgres', TXID_SNAPSHOT: 'postgres',
  HIERARCHYID: 'mssql',
};

/** PostGIS spells a subtype (`geometry(Point, 4326)`); MySQL's GEOMETRY takes no arguments. */
const POSTGIS = new Set(['GEOMETRY', 'GEOGRAPHY']);

type Rule = (tokens: readonly Token[], i: number, text: string) => Dialect | undefined;

const kw = (tokens: readonly Token[], i: number): string => keyword(tokens[i]);
const isPunct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.text === p;
const isName = (t: Token | undefined): boolean => t?.kind === 'word' || t?.kind === 'quoted';

const RULES: readonly Rule[] = [
  (t, i) => (Object.hasOwn(WORDS, kw(t, i)) ? WORDS[kw(t, i)] : undefined),
  (t, i) => (Object.hasOwn(TYPE_WORDS, kw(t, i)) && isName(t[i - 1]) ? TYPE_WORDS[kw(t, i)] : undefined),
  (t, i) => (POSTGIS.has(kw(t, i)) && isPunct(t[i + 1], '(') && t[i + 2]?.kind === 'word' ? 'postgres' : undefined),
  (t, i) => (kw(t, i) === 'CREATE' && kw(t, i + 1) === 'VIRTUAL' && kw(t, i + 2) === 'TABLE' ? 'sqlite' : undefined),
  (t, i, s) => (t[i]?.kind === 'quoted' && s[t[i]?.start ?? 0] === '`' ? 'mysql' : undefined),
  (t, i, s) => (t[i]?.kind === 'quoted' && s[t[i]?.start ?? 0] === '[' ? (t[i]?.text === '' ? 'postgres' : 'mssql') : undefined),
  (t, i, s) => (t[i]?.kind === 'string' && /^[nN]'/.test(s.slice(t[i]?.start ?? 0, (t[i]?.start ?? 0) + 2)) ? 'mssql' : undefined),
  (t, i, s) => (t[i]?.kind === 'string' && s[t[i]?.start ?? 0] === '$' ? 'postgres' : undefined),
  (t, i) => (isPunct(t[i], '::') ? 'postgres' : undefined),
  (t, i) => (kw(t, i) === 'CREATE' && ['TYPE', 'DOMAIN', 'EXTENSION'].includes(kw(t, i + 1)) ? 'postgres' : undefined),
  (t, i) => (kw(t, i) === 'AS' && kw(t, i + 1) === 'IDENTITY' ? 'postgres' : undefined),
  (t, i) => (kw(t, i) === 'OWNER' && kw(t, i + 1) === 'TO' ? 'postgres' : undefined),
  (t, i) => (kw(t, i) === 'COMMENT' && kw(t, i + 1) === 'ON' ? 'postgres' : undefined),
  (t, i) => (kw(t, i) === 'IDENTITY' && isPunct(t[i + 1], '(') ? 'mssql' : undefined),
  (t, i) => (kw(t, i) === 'ENUM' && isPunct(t[i + 1], '(') && kw(t, i - 1) !== 'AS' ? 'mysql' : undefined),
  (t, i) => (kw(t, i) === 'WITHOUT' && kw(t, i + 1) === 'ROWID' ? 'sqlite' : undefined),
  (t, i) => (kw(t, i) === 'STRICT' && isPunct(t[i - 1], ')') ? 'sqlite' : undefined),
  (t, i, s) => (kw(t, i) === 'GO' && /^[ \t]*(\r?\n|$)/.test(s.slice(t[i]?.end ?? 0)) ? 'mssql' : undefined),
];

/**
 * MySQL type names SQLite schemas use too (any name is a type there: Django and Rails write
 * `datetime`, `integer unsigned`, `tinyint`): evidence for MySQL only in text that does not
 * double-quote identifiers, which MySQL (without ANSI_QUOTES) refuses.
 */
const SHARED_WITH_SQLITE = new Set(['DATETIME', 'UNSIGNED', 'TINYINT', 'MEDIUMINT', 'TINYTEXT', 'MEDIUMTEXT', 'LONGTEXT', 'TINYBLOB', 'MEDIUMBLOB', 'LONGBLOB']);

const quotedBy = (text: string, t: Token): string | undefined => (t.kind === 'quoted' ? text[t.start] : undefined);

/** Identifiers in double quotes and none in backticks: not MySQL's own quoting. */
function doubleQuotesOnly(text: string, tokens: readonly Token[]): boolean {
  const quotes = new Set(tokens.map((t) => quotedBy(text, t)));
  return quotes.has('"') && !quotes.has('`');
}

/** Evidence count per dialect, from lexer tokens (detection reads tokens, never structure). */
export function dialectEvidence(text: string): Record<Dialect, number> {
  const score: Record<Dialect, number> = { postgres: 0, mysql: 0, sqlite: 0, mssql: 0 };
  const tokens = tokenize(text, 'detect');
  const skipShared = doubleQuotesOnly(text, tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (skipShared && SHARED_WITH_SQLITE.has(kw(tokens, i))) continue;
    for (const rule of RULES) {
      const d = rule(tokens, i, text);
      if (d) score[d]++;
    }
  }
  return score;
}

const ORDER: readonly Dialect[] = ['postgres', 'mysql', 'sqlite', 'mssql'];

/**
 * Guesses where a schema text comes from: `json` for Rowforge schema JSON, else the SQL
 * dialect with the most dialect-specific tokens (backticks/AUTO_INCREMENT → mysql, SERIAL/`::`/
 * CREATE TYPE/`hstore`/`tsvector` → postgres, AUTOINCREMENT/WITHOUT ROWID/CREATE VIRTUAL TABLE →
 * sqlite, [brackets]/IDENTITY(1,1)/GO → mssql). Plain SQL with no such token is read as PostgreSQL, the strictest grammar.
 */
export function detectDialect(text: string): SourceDialect {
  if (/^\s*[{[]/.test(text)) return 'json';
  const score = dialectEvidence(text);
  return ORDER.reduce((best, d) => (score[d] > score[best] ? d : best), 'postgres');
}
