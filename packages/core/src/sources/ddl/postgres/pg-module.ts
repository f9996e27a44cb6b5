import { hasSqlDetails, loadModule, parseSync, type ParseResult } from 'libpg-query';

let loaded = false;

/** Instantiates libpg-query's WASM module (PostgreSQL 18 grammar), once. */
export async function loadPg(): Promise<void> {
  await loadModule();
  loaded = true;
}

export function pgLoaded(): boolean {
  return loaded;
}

export type PgParse = { readonly ok: true; readonly tree: ParseResult } | { readonly ok: false; readonly message: string; readonly cursor?: number };

/** Parses a whole script. On error, `cursor` is the 0-based character offset PostgreSQL reports. */
export function parsePg(sql: string): PgParse {
  try {
    return { ok: true, tree: parseSync(sql) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const cursor = hasSqlDetails(e) ? e.sqlDetails?.cursorPosition : undefined;
    return cursor === undefined || cursor < 0 ? { ok: false, message } : { ok: false, message, cursor };
  }
}
