/**
 * NOT NULL, non-DEFERRABLE foreign-key cycles (MySQL's Sakila: store.manager_staff_id → staff,
 * staff.store_id → store) load instead of being refused: one edge per cycle is "late", its
 * FOREIGN KEY enforced once every row is in. Each target ends with every FOREIGN KEY on and no
 * orphan: `--into` PostgreSQL (bare tables, and `--keep-constraints`), MariaDB and SQLite, and
 * the SQL output (single file and per table) run by psql, the mariadb client and sql.js, plus
 * `--sql-data-only` into tables made from the original DDL (MariaDB, SQLite).
 * Needs the CI PostgreSQL and MariaDB: a missing server fails the test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withMariaDatabase, type MariaDatabase } from '../support/mariadb.js';
import { PG_SERVER, withPgDatabase, type PgDatabase } from '../support/pg.js';
import { runCli } from '../support/run-cli.js';
import { sqlJs, withSqliteDatabase } from '../support/sqlite.js';
import { TempDirs } from '../support/temp.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());

/** The Sakila cycle, as MySQL declares it (TINYINT keys: 255 rows at most). */
const MY_DDL = `CREATE TABLE store (
  store_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  manager_staff_id TINYINT UNSIGNED NOT NULL
) ENGINE=InnoDB;
CREATE TABLE staff (
  staff_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  store_id TINYINT UNSIGNED NOT NULL,
  CONSTRAINT fk_staff_store FOREIGN KEY (store_id) REFERENCES store (store_id)
) ENGINE=InnoDB;
ALTER TABLE store ADD CONSTRAINT fk_store_staff FOREIGN KEY (manager_staff_id) REFERENCES staff (staff_id);
`;

/** A three-table cycle in PostgreSQL, with a nullable side FK that stays plain. */
const PG_DDL = `CREATE TABLE regions (region_id int PRIMARY KEY, head_office_id int NOT NULL, note text);
CREATE TABLE managers (manager_id int PRIMARY KEY, region_id int NOT NULL REFERENCES regions (region_id));
CREATE TABLE offices (office_id int PRIMARY KEY, manager_id int NOT NULL REFERENCES managers (manager_id), backup_region int REFERENCES regions (region_id));
ALTER TABLE regions ADD CONSTRAINT regions_head_office_fk FOREIGN KEY (head_office_id) REFERENCES offices (office_id);
`;

const ROWS = 1000;
const MY_TABLES = ['store', 'staff'];
const PG_TABLES = ['regions', 'managers', 'offices'];

const ddlFile = (name: string, text: string): string => temps.file('cycle-ddl', name, text);

async function generate(ddl: string, extra: readonly string[]): Promise<string> {
  const out = path.join(temps.make('cycle-out'), 'out');
  const r = await runCli(['generate', ddl, '--rows', String(ROWS), '--seed', '3', '--out', out, ...extra]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout + r.stderr).toContain('validation: 0 violations');
  return out;
}

/** The SQL files of an output directory, in load (name) order. */
function sqlFiles(out: string): string[] {
  return readdirSync(out).filter((f) => f.endsWith('.sql')).sort().map((f) => path.join(out, f));
}

const pgUrl = (db: PgDatabase): string => `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
const myUrl = (db: MariaDatabase): string => `mysql://root@127.0.0.1:3306/${db.name}`;

async function expectPgLoaded(db: PgDatabase, fks: number): Promise<void> {
  for (const t of PG_TABLES) expect(await db.rowCount(t)).toBe(ROWS);
  expect((await db.foreignKeys()).length).toBe(fks);
  expect(await db.integrityProblems()).toEqual([]);
}

async function expectMyLoaded(db: MariaDatabase): Promise<void> {
  for (const t of MY_TABLES) expect(await db.rowCount(t)).toBe(255);
  expect((await db.foreignKeys()).length).toBe(2);
  expect(await db.integrityProblems()).toEqual([]);
}

describe('a NOT NULL foreign-key cycle is generated, not refused', () => {
  it('the manifest names the late edge; validation finds 0 violations', async () => {
    const out = await generate(ddlFile('my.sql', MY_DDL), []);
    const m = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { loadOrder: string[]; lateForeignKeys: { table: string; name: string }[] };
    expect(m.loadOrder).toEqual(['store', 'staff']);
    expect(m.lateForeignKeys).toEqual([expect.objectContaining({ table: 'store', name: 'fk_store_staff' })]);
  });
});

describe('--into', () => {
  it('PostgreSQL: bare tables, then with --keep-constraints', async () => {
    const ddl = ddlFile('pg.sql', PG_DDL);
    for (const extra of [[], ['--keep-constraints']]) {
      await withPgDatabase(async (db) => {
        const r = await runCli(['generate', ddl, '--rows', String(ROWS), '--seed', '3', '--into', pgUrl(db), ...extra]);
        expect(r.code, r.stderr).toBe(0);
        await expectPgLoaded(db, 4);
      });
    }
  });

  it('MariaDB', async () => {
    const ddl = ddlFile('my.sql', MY_DDL);
    await withMariaDatabase(async (db) => {
      const r = await runCli(['generate', ddl, '--rows', String(ROWS), '--seed', '3', '--into', myUrl(db)]);
      expect(r.code, r.stderr).toBe(0);
      await expectMyLoaded(db);
    });
  });

  it('SQLite: the FOREIGN KEYs are declared as written (not DEFERRABLE) and hold', async () => {
    const file = path.join(temps.make('cycle-sqlite'), 'data.db');
    const r = await runCli(['generate', ddlFile('my.sql', MY_DDL), '--rows', String(ROWS), '--seed', '3', '--into', `sqlite:${file}`]);
    expect(r.code, r.stderr).toBe(0);
    const SQL = await sqlJs();
    const db = new SQL.Database(readFileSync(file));
    try {
      db.exec('PRAGMA foreign_keys = ON');
      expect(db.exec('PRAGMA foreign_key_check').length).toBe(0);
      expect(db.exec('SELECT count(*) FROM store')[0]?.values[0]?.[0]).toBe(255);
      const sql = String(db.exec("SELECT sql FROM sqlite_master WHERE name = 'store'")[0]?.values[0]?.[0]);
      expect(sql).toContain('FOREIGN KEY');
      expect(sql).not.toContain('DEFERRABLE');
    } finally {
      db.close();
    }
  });
});

describe.each(['single', 'per-table'])('SQL output (--sql-files %s)', (mode) => {
  const sqlArgs = (target: string): string[] => ['--format', 'sql', '--target', target, '--sql-files', mode];

  it('PostgreSQL: psql runs the files; the late FOREIGN KEY is added after the data', async () => {
    const out = await generate(ddlFile('pg.sql', PG_DDL), sqlArgs('postgres'));
    const files = sqlFiles(out);
    const all = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all.indexOf('ADD CONSTRAINT "regions_head_office_fk"')).toBeGreaterThan(all.lastIndexOf('INSERT INTO'));
    await withPgDatabase(async (db) => {
      await db.runSqlFiles(files);
      await expectPgLoaded(db, 4);
    });
  });

  it('MariaDB: the mariadb client runs the files with foreign-key checks on', async () => {
    const out = await generate(ddlFile('my.sql', MY_DDL), sqlArgs('mysql'));
    const files = sqlFiles(out);
    expect(files.map((f) => readFileSync(f, 'utf8')).join('\n')).not.toContain('FOREIGN_KEY_CHECKS');
    await withMariaDatabase(async (db) => {
      await db.runSqlFiles(files);
      await expectMyLoaded(db);
    });
  });

  it('SQLite: sql.js runs the files; the key is checked at COMMIT (defer_foreign_keys)', async () => {
    const out = await generate(ddlFile('my.sql', MY_DDL), sqlArgs('sqlite'));
    await withSqliteDatabase((db) => {
      for (const f of sqlFiles(out)) db.exec(readFileSync(f, 'utf8'), f);
      expect(db.rowCount('store')).toBe(255);
      expect(db.rowCount('staff')).toBe(255);
      expect(db.foreignKeyCount()).toBe(2);
      expect(db.integrityProblems()).toEqual([]);
    });
  });
});

describe('--sql-data-only into tables made from the original DDL', () => {
  it('MariaDB: foreign-key checks are off around the rows only; every key holds', async () => {
    const out = await generate(ddlFile('my.sql', MY_DDL), ['--format', 'sql', '--target', 'mysql', '--sql-data-only']);
    const sql = readFileSync(path.join(out, 'data.sql'), 'utf8');
    expect(sql).toContain('SET FOREIGN_KEY_CHECKS = 0;');
    expect(sql).toContain('SET FOREIGN_KEY_CHECKS = 1;');
    await withMariaDatabase(async (db) => {
      await db.runSql(MY_DDL, 'original DDL');
      await db.runSqlFiles([path.join(out, 'data.sql')]);
      await expectMyLoaded(db);
    });
  });

  it('SQLite: loads inside one transaction with defer_foreign_keys', async () => {
    const sqliteDdl = MY_DDL.replace(/TINYINT UNSIGNED NOT NULL AUTO_INCREMENT/g, 'INTEGER NOT NULL').replace(/ ENGINE=InnoDB/g, '')
      .replace(/\);\nALTER TABLE store ADD CONSTRAINT fk_store_staff.*\n/, ');\n');
    const ddl = sqliteDdl.replace('manager_staff_id TINYINT UNSIGNED NOT NULL', 'manager_staff_id TINYINT UNSIGNED NOT NULL REFERENCES staff (staff_id)');
    const out = await generate(ddlFile('my.sql', MY_DDL), ['--format', 'sql', '--target', 'sqlite', '--sql-data-only']);
    await withSqliteDatabase((db) => {
      db.exec(ddl, 'original DDL');
      db.exec(readFileSync(path.join(out, 'data.sql'), 'utf8'), 'data.sql');
      expect(db.foreignKeyCount()).toBe(2);
      expect(db.integrityProblems()).toEqual([]);
    });
  });

  it('PostgreSQL: the header says the NOT DEFERRABLE key must be dropped or made DEFERRABLE', async () => {
    const out = await generate(ddlFile('pg.sql', PG_DDL), ['--format', 'sql', '--target', 'postgres', '--sql-data-only']);
    const sql = readFileSync(path.join(out, 'data.sql'), 'utf8');
    const header = sql.slice(0, sql.indexOf('\n\n'));
    expect(header).toContain('regions(head_office_id) → offices');
    expect(header).toContain('DEFERRABLE INITIALLY DEFERRED');
  });
});
