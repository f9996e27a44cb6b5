import { readFileSync } from 'node:fs';
import pg from 'pg';
import { execOk } from './exec.js';
import { constraintBypasses, describeFk, duplicateCountSql, orphanCountSql, type CatalogForeignKey } from './integrity.js';
import { readCsv } from './csv.js';
import { randomSuffix } from './temp.js';

/** The PostgreSQL server the suites judge with (trust auth). */
export const PG_SERVER = { host: '127.0.0.1', port: 5432, user: 'postgres', adminDatabase: 'test' } as const;

export function quotePgIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function psqlArgs(database: string): string[] {
  return ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', PG_SERVER.host, '-p', String(PG_SERVER.port), '-U', PG_SERVER.user, '-d', database];
}

const psqlEnv = (): NodeJS.ProcessEnv => ({ ...process.env, PGCONNECT_TIMEOUT: '10', PGOPTIONS: '-c client_min_messages=warning' });

async function withClient<T>(database: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ host: PG_SERVER.host, port: PG_SERVER.port, user: PG_SERVER.user, database });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A table to COPY: its name (as in the manifest) and its CSV file. */
export interface CsvLoad {
  readonly table: string;
  readonly file: string;
}

/**
 * A throw-away PostgreSQL database (`rf_<random>`), created fresh per test and dropped
 * afterwards. Every constraint stays on while data loads.
 */
export class PgDatabase {
  private constructor(readonly name: string) {}

  static async create(): Promise<PgDatabase> {
    const name = `rf_${randomSuffix()}`;
    await withClient(PG_SERVER.adminDatabase, (c) => c.query(`CREATE DATABASE ${quotePgIdent(name)}`));
    return new PgDatabase(name);
  }

  async drop(): Promise<void> {
    await withClient(PG_SERVER.adminDatabase, (c) => c.query(`DROP DATABASE IF EXISTS ${quotePgIdent(this.name)} WITH (FORCE)`));
  }

  async query<T extends object = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return withClient(this.name, async (c) => (await c.query(sql, params)).rows as T[]);
  }

  /** Runs SQL files in order with `psql -v ON_ERROR_STOP=1 -f ...`; throws with psql's stderr on error. */
  async runSqlFiles(files: readonly string[]): Promise<void> {
    if (files.length === 0) return;
    for (const f of files) {
      const bypass = constraintBypasses(readFileSync(f, 'utf8'), 'postgres');
      if (bypass.length > 0) throw new Error(`${f} switches constraint checking off (${bypass.join(', ')})`);
    }
    await execOk('psql', [...psqlArgs(this.name), ...files.flatMap((f) => ['-f', f])], { env: psqlEnv() });
  }

  /** Runs SQL text through psql (ON_ERROR_STOP). */
  async runSql(text: string): Promise<void> {
    await execOk('psql', [...psqlArgs(this.name), '-f', '-'], { input: text, env: psqlEnv() });
  }

  /** The table's qualified, quoted name: exact match first, then a unique case-insensitive match. */
  async resolveTable(name: string): Promise<string> {
    const rows = await this.query<{ s: string; t: string }>(
      `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const exact = rows.filter((r) => r.t === name);
    const loose = rows.filter((r) => r.t.toLowerCase() === name.toLowerCase());
    const hit = exact.length === 1 ? exact[0] : loose.length === 1 ? loose[0] : undefined;
    if (!hit) throw new Error(`table "${name}" not found (or ambiguous) in database ${this.name}: ${rows.map((r) => `${r.s}.${r.t}`).join(', ')}`);
    return `${quotePgIdent(hit.s)}.${quotePgIdent(hit.t)}`;
  }

  /**
   * Loads CSV files in the given order in ONE transaction through psql's
   * `\copy T (header columns) FROM 'file' WITH (FORMAT csv, HEADER true)`, which reads an
   * unquoted empty field as NULL and `""` as the empty string. Constraints stay on.
   */
  async loadCsv(loads: readonly CsvLoad[]): Promise<void> {
    const lines = ['BEGIN;'];
    for (const l of loads) {
      const table = await this.resolveTable(l.table);
      const header = readCsv(l.file).header.map(quotePgIdent).join(', ');
      if (l.file.includes("'")) throw new Error(`cannot \\copy from a path with a quote: ${l.file}`);
      lines.push(`\\copy ${table} (${header}) FROM '${l.file}' WITH (FORMAT csv, HEADER true)`);
    }
    lines.push('COMMIT;');
    await this.runSql(`${lines.join('\n')}\n`);
  }

  async rowCount(table: string): Promise<number> {
    const t = await this.resolveTable(table);
    const [row] = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
    return row?.n ?? -1;
  }

  /** Foreign keys as the catalog has them (child/parent as quoted, qualified names). */
  async foreignKeys(): Promise<CatalogForeignKey[]> {
    return this.query<CatalogForeignKey>(`
      SELECT c.conname AS name, c.conrelid::regclass::text AS "table", c.confrelid::regclass::text AS "refTable",
        ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
        ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
              JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o) AS "refColumns"
      FROM pg_constraint c WHERE c.contype = 'f' ORDER BY 2, 1`);
  }

  /** Number of table CHECK constraints (domain CHECKs not included). */
  async checkConstraintCount(): Promise<number> {
    const [r] = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0`);
    return r?.n ?? 0;
  }

  /**
   * Everything that would let bad data in despite the constraints: NOT VALID constraints,
   * disabled triggers (FK triggers included), orphaned FK rows, duplicated unique keys.
   * Empty when the data is clean: constraints were on during the load, so this must be empty.
   */
  async integrityProblems(): Promise<string[]> {
    const problems: string[] = [];
    const notValid = await this.query<{ conname: string }>(`SELECT conname FROM pg_constraint WHERE NOT convalidated`);
    problems.push(...notValid.map((r) => `constraint ${r.conname} is NOT VALID`));
    const disabled = await this.query<{ tgname: string }>(`SELECT tgname FROM pg_trigger WHERE tgenabled = 'D'`);
    problems.push(...disabled.map((r) => `trigger ${r.tgname} is disabled`));
    const id = (s: string): string => s; // regclass::text is already quoted
    for (const fk of await this.foreignKeys()) {
      const [r] = await this.query<{ n: string }>(orphanCountSql(fk, quotePgIdent, id));
      if (Number(r?.n) > 0) problems.push(`${String(r?.n)} orphaned row(s) for ${describeFk(fk)}`);
    }
    const uniques = await this.query<{ name: string; table: string; columns: string[] }>(`
      SELECT c.conname AS name, c.conrelid::regclass::text AS "table",
        ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns
      FROM pg_constraint c WHERE c.contype IN ('p', 'u')`);
    for (const u of uniques) {
      const [r] = await this.query<{ n: string }>(duplicateCountSql(u, quotePgIdent, id));
      if (Number(r?.n) > 0) problems.push(`${String(r?.n)} duplicated key value(s) for ${u.name} on ${u.table}`);
    }
    return problems;
  }
}

/** Runs `fn` with a fresh database and always drops it afterwards. */
export async function withPgDatabase<T>(fn: (db: PgDatabase) => Promise<T>): Promise<T> {
  const db = await PgDatabase.create();
  try {
    return await fn(db);
  } finally {
    await db.drop();
  }
}
