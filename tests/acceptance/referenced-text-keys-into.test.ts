/**
 * A TEXT primary key that a VARCHAR(20) foreign key refers to (issue: "value too long for type
 * character varying(20)", 36-character UUIDs copied into the child) loads into PostgreSQL and
 * SQLite with every constraint on and the planned rows; a MySQL VARCHAR(64) key referred to by a
 * VARCHAR(16) column loads into MariaDB in strict mode.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARIADB_SERVER, withMariaDatabase } from '../support/mariadb.js';
import { PG_SERVER, withPgDatabase } from '../support/pg.js';
import { runCli } from '../support/run-cli.js';
import { sqlJs } from '../support/sqlite.js';
import { TempDirs } from '../support/temp.js';

const PG_DDL = `CREATE TABLE accounts (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE notes (id SERIAL PRIMARY KEY, account_id VARCHAR(20) NOT NULL REFERENCES accounts(id), body TEXT);
`;
const MYSQL_DDL = `CREATE TABLE accounts (id VARCHAR(64) PRIMARY KEY, name VARCHAR(100) NOT NULL) ENGINE=InnoDB;
CREATE TABLE notes (id INT AUTO_INCREMENT PRIMARY KEY, account_id VARCHAR(16) NOT NULL, body TEXT, FOREIGN KEY (account_id) REFERENCES accounts(id)) ENGINE=InnoDB;
`;
const ROWS = 200;
const temps = new TempDirs();
afterAll(() => temps.cleanup());

const ddlFile = (name: string, text: string): string => temps.file('referenced-text-keys', name, text);

const generateInto = (ddl: string, url: string) => runCli(['generate', ddl, '--rows', String(ROWS), '--seed', '1', '--into', url]);

describe('string keys copied into narrower foreign key columns, loaded into databases', () => {
  it('loads into PostgreSQL with every constraint on: 200 distinct keys of at most 20 characters', async () => {
    const ddl = ddlFile('accounts.sql', PG_DDL);
    await withPgDatabase(async (db) => {
      const r = await generateInto(ddl, `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`);
      expect(r.code, r.stderr).toBe(0);
      expect(await db.rowCount('accounts')).toBe(ROWS);
      expect(await db.rowCount('notes')).toBe(ROWS);
      expect(await db.integrityProblems()).toEqual([]);
      const [k] = await db.query<{ n: number; longest: number }>('SELECT count(DISTINCT id)::int AS n, max(length(id))::int AS longest FROM accounts');
      expect(k).toEqual({ n: ROWS, longest: expect.any(Number) as number });
      expect(k?.longest).toBeLessThanOrEqual(20);
      const [orphans] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM notes LEFT JOIN accounts a ON a.id = notes.account_id WHERE a.id IS NULL');
      expect(orphans?.n).toBe(0);
    });
  });

  it('loads into SQLite with foreign keys on, no violations and child values that fit VARCHAR(20)', async () => {
    const file = path.join(temps.make('referenced-text-keys-sqlite'), 'data.db');
    const r = await generateInto(ddlFile('accounts.sql', PG_DDL), `sqlite:${file}`);
    expect(r.code, r.stderr).toBe(0);
    const SQL = await sqlJs();
    const db = new SQL.Database(readFileSync(file));
    try {
      db.exec('PRAGMA foreign_keys = ON');
      const one = (sql: string): unknown => db.exec(sql)[0]?.values[0]?.[0];
      expect(one('SELECT count(*) FROM accounts')).toBe(ROWS);
      expect(one('SELECT count(*) FROM notes')).toBe(ROWS);
      expect(one('SELECT count(DISTINCT id) FROM accounts')).toBe(ROWS);
      expect(db.exec('PRAGMA foreign_key_check')[0]?.values.length ?? 0).toBe(0);
      expect(Number(one('SELECT max(length(account_id)) FROM notes'))).toBeLessThanOrEqual(20);
    } finally {
      db.close();
    }
  });

  it('loads a MySQL VARCHAR(64) key referred to by VARCHAR(16) into MariaDB in strict mode', async () => {
    const ddl = ddlFile('accounts-mysql.sql', MYSQL_DDL);
    await withMariaDatabase(async (db) => {
      const r = await generateInto(ddl, `mysql://${MARIADB_SERVER.user}@${MARIADB_SERVER.host}:${MARIADB_SERVER.port}/${db.name}`);
      expect(r.code, r.stderr).toBe(0);
      expect(await db.rowCount('accounts')).toBe(ROWS);
      expect(await db.rowCount('notes')).toBe(ROWS);
      expect(await db.integrityProblems()).toEqual([]);
      const [k] = await db.query<{ longest: number }>('SELECT max(length(account_id)) AS longest FROM notes');
      expect(Number(k?.longest)).toBeLessThanOrEqual(16);
    });
  });
});
