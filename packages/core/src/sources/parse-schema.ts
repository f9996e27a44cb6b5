import { isRowforgeError, RowforgeError } from '../errors/index.js';
import type { Dialect } from '../schema/index.js';
import { readPgDdl } from './ddl/postgres/pg-ddl-reader.js';
import type { SchemaDraft } from './ddl/schema-draft.js';
import { readSqlparserDdl } from './ddl/sqlparser/sqlparser-ddl-reader.js';
import { detectDialect, dialectEvidence } from './detect-dialect.js';
import { readSchemaJson } from './json/read-schema-json.js';
import { requireParser } from './load-parsers.js';
import type { ParseResult, ParseSchemaOptions, SourceDialect } from './source-types.js';
import { SourceText } from './text/source-text.js';

function readDdl(src: SourceText, dialect: Dialect, options: ParseSchemaOptions, guessed = false): ParseResult {
  requireParser(dialect);
  const draft: SchemaDraft = dialect === 'postgres' ? readPgDdl(src) : readSqlparserDdl(src, dialect);
  draft.omitUnsupported = options.omitUnsupported === true;
  draft.guessedDialect = guessed;
  const schema = draft.build();
  if (schema.tables.length === 0) {
    const position = src.file === undefined ? { line: 1, column: 1 } : { file: src.file, line: 1, column: 1 };
    throw new RowforgeError('SCHEMA_INVALID', 'the input declares no tables', { position, hint: 'give at least one CREATE TABLE statement' });
  }
  return { schema, dialect, warnings: draft.diagnostics() };
}

function readAs(src: SourceText, dialect: SourceDialect, options: ParseSchemaOptions): ParseResult {
  if (dialect === 'json') return { schema: readSchemaJson(src), dialect, warnings: [] };
  return readDdl(src, dialect, options);
}

/** Says which dialect a syntax error was read as, when it was guessed. */
function withDetectionHint(e: unknown, dialect: SourceDialect): unknown {
  if (!isRowforgeError(e, 'DDL_SYNTAX') || e.details.hint !== undefined) return e;
  const hint = `read as ${dialect} (auto-detected); pass the dialect explicitly if that is wrong`;
  return new RowforgeError(e.code, e.message, { ...e.details, hint }, { cause: e });
}

/** The first grammar, PostgreSQL first, that reads the text. */
function firstReadable(src: SourceText, options: ParseSchemaOptions): ParseResult {
  let first: unknown;
  for (const d of ['postgres', 'mysql', 'sqlite', 'mssql'] as const) {
    try {
      return readDdl(src, d, options, true);
    } catch (e) {
      if (!isRowforgeError(e, 'DDL_SYNTAX') && !isRowforgeError(e, 'DDL_UNSUPPORTED')) throw e;
      first ??= e;
    }
  }
  throw withDetectionHint(first, 'postgres');
}

/**
 * Text with no dialect-specific token: the first grammar that reads it with every column; only
 * when none does are columns of unsupported types left out (`omitUnsupported`), so leaving a
 * column out never picks the wrong dialect.
 */
function readUnmarked(src: SourceText, options: ParseSchemaOptions): ParseResult {
  try {
    return firstReadable(src, { ...options, omitUnsupported: false });
  } catch (e) {
    if (options.omitUnsupported !== true) throw e;
    return firstReadable(src, options);
  }
}

/**
 * Reads a schema from SQL DDL (PostgreSQL, MySQL/MariaDB, SQLite, SQL Server) or Rowforge's
 * schema JSON. Synchronous; DDL needs `await loadParsers()` once beforehand. Statements that
 * do not shape data (indexes, views, grants, inserts, ...) are skipped with a warning.
 *
 * @throws RowforgeError `DDL_SYNTAX` / `DDL_UNSUPPORTED` with `details.position` (1-based
 *   line:column in `text`), or the schema checks' codes (`FK_UNKNOWN_TABLE`, `ENUM_EMPTY`, ...).
 * @example
 * ```ts
 * await loadParsers()
 * const { schema, dialect, warnings } = parseSchema(readFileSync('shop.sql', 'utf8'), { file: 'shop.sql' })
 * ```
 */
export function parseSchema(text: string, options: ParseSchemaOptions = {}): ParseResult {
  const src = new SourceText(text, options.file);
  const requested = options.dialect ?? 'auto';
  if (requested !== 'auto') return readAs(src, requested, options);
  const dialect = detectDialect(text);
  if (dialect === 'postgres' && Object.values(dialectEvidence(text)).every((n) => n === 0)) return readUnmarked(src, options);
  try {
    return readAs(src, dialect, options);
  } catch (e) {
    throw withDetectionHint(e, dialect);
  }
}
