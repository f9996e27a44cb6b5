import { RowforgeError } from '../errors/index.js';
import type { Dialect } from '../schema/index.js';
import { loadPg, pgLoaded } from './ddl/postgres/pg-module.js';
import { loadSqlparser, sqlparserLoaded } from './ddl/sqlparser/sqlparser-module.js';

/**
 * Loads the WebAssembly SQL parsers (libpg-query for PostgreSQL, sqlparser-rs for MySQL,
 * SQLite and SQL Server). Await it once before `parseSchema` reads DDL; calling it again is
 * a no-op. JSON input needs no parser.
 *
 * @example
 * ```ts
 * await loadParsers()
 * const { schema, warnings } = parseSchema(ddl)
 * ```
 */
export async function loadParsers(): Promise<void> {
  await Promise.all([loadPg(), loadSqlparser()]);
}

/** True once `loadParsers()` has completed. */
export function parsersLoaded(): boolean {
  return pgLoaded() && sqlparserLoaded();
}

/** Throws a clear error when the parser for `dialect` is not loaded yet. */
export function requireParser(dialect: Dialect): void {
  const ready = dialect === 'postgres' ? pgLoaded() : sqlparserLoaded();
  if (ready) return;
  throw new RowforgeError('INTERNAL', 'the SQL parsers are not loaded: call `await loadParsers()` once before parseSchema()', {
    hint: 'loadParsers() instantiates the WebAssembly parsers; it is async, parseSchema() is not',
  });
}
