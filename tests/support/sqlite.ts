import initSqlJs from 'sql.js';
import { constraintBypasses } from './integrity.js';

type SqlJs = Awaited<ReturnType<typeof initSqlJs>>;
type SqlJsDatabase = InstanceType<SqlJs['Database']>;

let engine: Promise<SqlJs> | undefined;

/** The sql.js (SQLite compiled to WASM) engine, loaded once per worker. */
export function sqlJs(): Promise<SqlJs> {
  engine ??= initSqlJs();
  return engine;
}

export function quoteSqliteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * An in-memory SQLite database (sql.js) with `PRAGMA foreign_keys = ON` from the start.
 * `check()` runs `PRAGMA foreign_key_check` and `PRAGMA integrity_check`.
 */
export class SqliteDatabase {
  private constructor(readonly db: SqlJsDatabase) {}

  static async create(): Promise<SqliteDatabase> {
    const SQL = await sqlJs();
    const db = new SQL.Database();
    db.exec('PRAGMA foreign_keys = ON;');
    return new SqliteDatabase(db);
  }

  /** Executes SQL text (many statements); throws SQLite's error with a label. */
  exec(text: string, label = '<sql>'): void {
    const bypass = constraintBypasses(text, 'sqlite');
    if (bypass.length > 0) throw new Error(`${label} switches constraint checking off (${bypass.join(', ')})`);
    try {
      this.db.exec(text);
    } catch (e) {
      throw new Error(`SQLite rejected ${label}: ${(e as Error).message}`);
    }
  }

  query(sql: string): Record<string, unknown>[] {
    const [res] = this.db.exec(sql);
    if (!res) return [];
    return res.values.map((v) => Object.fromEntries(res.columns.map((c, i) => [c, v[i]])));
  }

  tableNames(): string[] {
    return this.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).map((r) => String(r['name']));
  }

  resolveTable(name: string): string {
    const names = this.tableNames();
    const hit = names.find((n) => n === name) ?? names.find((n) => n.toLowerCase() === name.toLowerCase());
    if (!hit) throw new Error(`table "${name}" not found in SQLite database (${names.join(', ')})`);
    return hit;
  }

  rowCount(table: string): number {
    const [r] = this.query(`SELECT COUNT(*) AS n FROM ${quoteSqliteIdent(this.resolveTable(table))}`);
    return Number(r?.['n'] ?? -1);
  }

  /** Number of FOREIGN KEY constraints over all tables. */
  foreignKeyCount(): number {
    return this.tableNames().reduce((sum, t) => {
      const ids = new Set(this.query(`PRAGMA foreign_key_list(${quoteSqliteIdent(t)})`).map((r) => r['id']));
      return sum + ids.size;
    }, 0);
  }

  /** Occurrences of CHECK in the stored CREATE TABLE statements (a lower bound check). */
  checkKeywordCount(): number {
    return this.query(`SELECT sql FROM sqlite_master WHERE type = 'table'`)
      .reduce((sum, r) => sum + (String(typeof r['sql'] === 'string' ? r['sql'] : '').match(/\bCHECK\s*\(/gi)?.length ?? 0), 0);
  }

  /** `PRAGMA foreign_key_check` rows (violations) and a non-"ok" `PRAGMA integrity_check`, as text. */
  integrityProblems(): string[] {
    const fk = this.query('PRAGMA foreign_key_check').map((r) => `FK violation: ${JSON.stringify(r)}`);
    const integrity = this.query('PRAGMA integrity_check').map((r) => String(Object.values(r)[0])).filter((s) => s !== 'ok');
    const fkOn = this.query('PRAGMA foreign_keys').map((r) => Number(Object.values(r)[0]));
    const off = fkOn[0] === 1 ? [] : ['PRAGMA foreign_keys was switched off by the loaded SQL'];
    return [...fk, ...integrity, ...off];
  }

  close(): void {
    this.db.close();
  }
}

/** Runs `fn` with a fresh in-memory SQLite database and closes it afterwards. */
export async function withSqliteDatabase<T>(fn: (db: SqliteDatabase) => Promise<T> | T): Promise<T> {
  const db = await SqliteDatabase.create();
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}
