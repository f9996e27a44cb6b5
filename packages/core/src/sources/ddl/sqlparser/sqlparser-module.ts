import { init, parse } from '@guanmingchiu/sqlparser-ts';

let loaded = false;

/** Instantiates the sqlparser-rs WASM module (once). */
export async function loadSqlparser(): Promise<void> {
  await init();
  loaded = true;
}

export function sqlparserLoaded(): boolean {
  return loaded;
}

export type SqlparserDialect = 'mysql' | 'sqlite' | 'mssql';

export interface SqlparserFailure {
  /** The parser's message without its prefix and position suffix. */
  readonly message: string;
  /** 1-based, relative to the parsed text, when the parser reported it. */
  readonly line?: number;
  readonly column?: number;
}

export type SqlparserResult = { readonly ok: true; readonly statements: readonly unknown[] } | { readonly ok: false; readonly error: SqlparserFailure };

const POSITION = / at Line: (\d+), Column: (\d+)\s*$/;

/** Reads the position sqlparser-rs appends to its messages ("... at Line: 4, Column: 8"). */
function failure(e: unknown): SqlparserFailure {
  const raw = (e instanceof Error ? e.message : String(e)).replace(/^sql parser error:\s*/, '').trim();
  const m = POSITION.exec(raw);
  if (!m) return { message: raw };
  return { message: raw.replace(POSITION, ''), line: Number(m[1]), column: Number(m[2]) };
}

/** Parses one statement's text; never throws for SQL errors. */
export function parseWithSqlparser(sql: string, dialect: SqlparserDialect): SqlparserResult {
  try {
    const statements: readonly unknown[] = parse(sql, dialect);
    return { ok: true, statements };
  } catch (e) {
    return { ok: false, error: failure(e) };
  }
}
