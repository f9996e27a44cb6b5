import { readFileSync } from 'node:fs';
import mysql from 'mysql2/promise';
import { readCsv } from './csv.js';
import { execFile, execOk } from './exec.js';
import {
  constraintBypasses, describeFk, duplicateCountSql, orphanCountSql, type CatalogForeignKey, type CatalogUniqueKey,
} from './integrity.js';
import { randomSuffix } from './temp.js';

/** The MariaDB server the suites judge with (root, no password). */
export const MARIADB_SERVER = { host: '127.0.0.1', port: 3306, user: 'root', password: '' } as const;

export function quoteMyIdent(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function quoteMyString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function cliArgs(database: string, extra: readonly string[] = []): string[] {
  return [
    '-h', MARIADB_SERVER.host, '-P', String(MARIADB_SERVER.port), '-u', MARIADB_SERVER.user, '--protocol=TCP',
    '--default-character-set=utf8mb4', '--batch', '--skip-column-names', ...extra, database,
  ];
}

/** Lines of `mariadb --show-warnings` output that report a warning or error (notes are fine). */
function warningLines(out: string): string[] {
  return out.split('\n').filter((l) => /^(Warning|Error)\b.*\(Code \d+\)/.test(l));
}

interface ColumnInfo { readonly name: string; readonly nullable: boolean }

/** A CSV to load: the table name (as in the manifest) and its file. */
export interface CsvLoad {
  readonly table: string;
  readonly file: string;
}

/**
 * A throw-away MariaDB database (`rf_<random>`), created per test and dropped afterwards.
 * Loads run with foreign_key_checks ON and sql_mode STRICT_ALL_TABLES.
 */
export class MariaDatabase {
  private constructor(readonly name: string) {}

  static async create(): Promise<MariaDatabase> {
    const name = `rf_${randomSuffix()}`;
    await execOk('mariadb', cliArgs('test', ['-e', `CREATE DATABASE ${quoteMyIdent(name)} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`]));
    return new MariaDatabase(name);
  }

  async drop(): Promise<void> {
    await execOk('mariadb', cliArgs('test', ['-e', `DROP DATABASE IF EXISTS ${quoteMyIdent(this.name)}`]));
  }

  async query<T extends object = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const c = await mysql.createConnection({ ...MARIADB_SERVER, database: this.name, supportBigNumbers: true, bigNumberStrings: true });
    try {
      const [rows] = await c.query(sql, params);
      return rows as T[];
    } finally {
      await c.end();
    }
  }

  /**
   * Runs SQL text with the `mariadb` client as it is (strict sql_mode from the server default),
   * printing warnings after each statement; throws on an error or on any warning.
   */
  async runSql(text: string, label = '<sql>'): Promise<void> {
    const bypass = constraintBypasses(text, 'mysql');
    if (bypass.length > 0) throw new Error(`${label} switches constraint checking off (${bypass.join(', ')})`);
    const r = await execFile('mariadb', cliArgs(this.name, ['--show-warnings']), { input: text });
    const warnings = warningLines(r.stdout + '\n' + r.stderr);
    if (r.code !== 0 || warnings.length > 0) {
      throw new Error(`mariadb failed on ${label} (exit ${r.code})\n${r.stderr}\n${warnings.slice(0, 20).join('\n')}`);
    }
  }

  /** Runs SQL files in order (lexical order = load order for `--format sql`). */
  async runSqlFiles(files: readonly string[]): Promise<void> {
    for (const f of files) await this.runSql(readFileSync(f, 'utf8'), f);
  }

  /** The table's real name: exact match first, then a unique case-insensitive match. */
  async resolveTable(name: string): Promise<string> {
    const rows = await this.query<{ t: string }>(
      `SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'`, [this.name],
    );
    const exact = rows.filter((r) => r.t === name);
    const loose = rows.filter((r) => r.t.toLowerCase() === name.toLowerCase());
    const hit = exact.length === 1 ? exact[0] : loose.length === 1 ? loose[0] : undefined;
    if (!hit) throw new Error(`table "${name}" not found (or ambiguous) in MariaDB database ${this.name}: ${rows.map((r) => r.t).join(', ')}`);
    return hit.t;
  }

  private async columns(table: string): Promise<ColumnInfo[]> {
    const rows = await this.query<{ name: string; nullable: string }>(
      `SELECT COLUMN_NAME AS name, IS_NULLABLE AS nullable FROM information_schema.COLUMNS
       WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`, [this.name, table],
    );
    return rows.map((r) => ({ name: r.name, nullable: r.nullable === 'YES' }));
  }

  /**
   * The LOAD DATA statement for one CSV. Every field goes through a user variable; a nullable
   * column gets `NULLIF(@v, '')` so an unquoted empty field becomes NULL.
   *
   * LIMITATION: LOAD DATA cannot tell an unquoted empty field (NULL) from a quoted `""` (empty
   * string), so an empty string in a NULLABLE column loads as NULL. NOT NULL columns keep "".
   * `ESCAPED BY ''` turns off MySQL's backslash escapes so RFC 4180 text loads byte for byte.
   */
  async loadDataSql(load: CsvLoad): Promise<string> {
    const table = await this.resolveTable(load.table);
    const csv = readCsv(load.file);
    const cols = await this.columns(table);
    const vars = csv.header.map((_, k) => `@c${k + 1}`);
    const sets = csv.header.map((h, k) => {
      const col = cols.find((c) => c.name === h) ?? cols.find((c) => c.name.toLowerCase() === h.toLowerCase());
      if (!col) throw new Error(`${load.file}: header column "${h}" is not a column of ${table} (${cols.map((c) => c.name).join(', ')})`);
      return `${quoteMyIdent(col.name)} = ${col.nullable ? `NULLIF(@c${k + 1}, '')` : `@c${k + 1}`}`;
    });
    const eol = csv.lineEnding === '\r\n' ? '\\r\\n' : '\\n';
    return `LOAD DATA LOCAL INFILE ${quoteMyString(load.file)} INTO TABLE ${quoteMyIdent(table)} CHARACTER SET utf8mb4
      FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' ESCAPED BY '' LINES TERMINATED BY '${eol}' IGNORE 1 LINES
      (${vars.join(', ')}) SET ${sets.join(', ')};`;
  }

  /**
   * Loads CSVs in the given (load) order with `mariadb --local-infile=1`, foreign_key_checks
   * ON and STRICT_ALL_TABLES. LOAD DATA LOCAL turns errors into warnings and skips the row,
   * so any `SHOW WARNINGS` output fails the load (row counts are checked by the caller too).
   */
  async loadCsv(loads: readonly CsvLoad[]): Promise<void> {
    for (const load of loads) {
      const script = [
        "SET SESSION sql_mode = 'STRICT_ALL_TABLES';",
        'SET SESSION foreign_key_checks = 1;',
        'SET SESSION unique_checks = 1;',
        await this.loadDataSql(load),
        'SHOW WARNINGS;',
      ].join('\n');
      const r = await execFile('mariadb', cliArgs(this.name, ['--local-infile=1']), { input: script });
      if (r.code !== 0 || r.stdout.trim() !== '') {
        throw new Error(`LOAD DATA of ${load.file} into ${load.table} failed (exit ${r.code})\n${r.stderr}\nwarnings:\n${r.stdout.split('\n').slice(0, 20).join('\n')}`);
      }
    }
  }

  async rowCount(table: string): Promise<number> {
    const t = await this.resolveTable(table);
    const [row] = await this.query<{ n: string | number }>(`SELECT COUNT(*) AS n FROM ${quoteMyIdent(t)}`);
    return Number(row?.n ?? -1);
  }

  async foreignKeys(): Promise<CatalogForeignKey[]> {
    const rows = await this.query<{ name: string; tbl: string; col: string; rtbl: string; rcol: string }>(
      `SELECT CONSTRAINT_NAME AS name, TABLE_NAME AS tbl, COLUMN_NAME AS col, REFERENCED_TABLE_NAME AS rtbl, REFERENCED_COLUMN_NAME AS rcol
       FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL
       ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION`, [this.name],
    );
    const byKey = new Map<string, { name: string; table: string; columns: string[]; refTable: string; refColumns: string[] }>();
    for (const r of rows) {
      const key = `${r.tbl}\u0000${r.name}`;
      const fk = byKey.get(key) ?? { name: r.name, table: r.tbl, columns: [], refTable: r.rtbl, refColumns: [] };
      fk.columns.push(r.col);
      fk.refColumns.push(r.rcol);
      byKey.set(key, fk);
    }
    return [...byKey.values()];
  }

  async checkConstraintCount(): Promise<number> {
    const [r] = await this.query<{ n: string | number }>(
      `SELECT COUNT(*) AS n FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?`, [this.name],
    );
    return Number(r?.n ?? 0);
  }

  private async uniqueKeys(): Promise<CatalogUniqueKey[]> {
    const rows = await this.query<{ tbl: string; idx: string; col: string }>(
      `SELECT TABLE_NAME AS tbl, INDEX_NAME AS idx, COLUMN_NAME AS col FROM information_schema.STATISTICS
       WHERE TABLE_SCHEMA = ? AND NON_UNIQUE = 0 ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`, [this.name],
    );
    const byKey = new Map<string, { name: string; table: string; columns: string[] }>();
    for (const r of rows) {
      const key = `${r.tbl}\u0000${r.idx}`;
      const u = byKey.get(key) ?? { name: r.idx, table: r.tbl, columns: [] };
      u.columns.push(r.col);
      byKey.set(key, u);
    }
    return [...byKey.values()];
  }

  /**
   * Orphaned FK rows and duplicated unique keys, found by query. A dump may switch
   * foreign_key_checks/unique_checks off, which MariaDB never re-validates, so the judge
   * re-checks the data itself. Empty when the data is clean.
   */
  async integrityProblems(): Promise<string[]> {
    const problems: string[] = [];
    for (const fk of await this.foreignKeys()) {
      const [r] = await this.query<{ n: string | number }>(orphanCountSql(fk, quoteMyIdent));
      if (Number(r?.n) > 0) problems.push(`${String(r?.n)} orphaned row(s) for ${describeFk(fk)}`);
    }
    for (const u of await this.uniqueKeys()) {
      const [r] = await this.query<{ n: string | number }>(duplicateCountSql(u, quoteMyIdent));
      if (Number(r?.n) > 0) problems.push(`${String(r?.n)} duplicated key value(s) for ${u.name} on ${u.table}`);
    }
    return problems;
  }
}

/** Runs `fn` with a fresh MariaDB database and always drops it afterwards. */
export async function withMariaDatabase<T>(fn: (db: MariaDatabase) => Promise<T>): Promise<T> {
  const db = await MariaDatabase.create();
  try {
    return await fn(db);
  } finally {
    await db.drop();
  }
}
