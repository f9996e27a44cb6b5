/**
 * The corpus itself, judged by the real databases: every PostgreSQL, MySQL and SQLite schema
 * in tests/corpus runs as written, creates exactly the tables tests/corpus/index.ts lists, and
 * declares the FOREIGN KEYs and CHECKs it claims. (SQL Server files are parse/emit only: no server.)
 * This keeps the corpus honest before any Rowforge code is judged with it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withMariaDatabase } from '../support/mariadb.js';
import { withPgDatabase } from '../support/pg.js';
import { withSqliteDatabase } from '../support/sqlite.js';
import { CORPUS, corpusPath, type CorpusEntry } from './index.js';

const sortedLower = (names: readonly string[]): string[] => names.map((n) => n.toLowerCase()).sort();

async function pgFacts(entry: CorpusEntry): Promise<{ tables: string[]; fks: number; checks: number }> {
  return withPgDatabase(async (db) => {
    await db.runSqlFiles([corpusPath(entry)]);
    const tables = await db.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_type = 'BASE TABLE'
       AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    return { tables: tables.map((r) => r.t), fks: (await db.foreignKeys()).length, checks: await db.checkConstraintCount() };
  });
}

async function mariaFacts(entry: CorpusEntry): Promise<{ tables: string[]; fks: number; checks: number }> {
  return withMariaDatabase(async (db) => {
    await db.runSqlFiles([corpusPath(entry)]);
    const tables = await db.query<{ t: string }>(
      `SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'`, [db.name],
    );
    return { tables: tables.map((r) => r.t), fks: (await db.foreignKeys()).length, checks: await db.checkConstraintCount() };
  });
}

async function sqliteFacts(entry: CorpusEntry): Promise<{ tables: string[]; fks: number; checks: number }> {
  return withSqliteDatabase((db) => {
    db.exec(readFileSync(corpusPath(entry), 'utf8'), entry.file);
    expect(db.integrityProblems()).toEqual([]);
    return { tables: db.tableNames(), fks: db.foreignKeyCount(), checks: db.checkKeywordCount() };
  });
}

describe('corpus DDL runs in its real database', () => {
  it('has at least 25 schemas covering all four dialects', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CORPUS.map((c) => c.dialect))).toEqual(new Set(['postgres', 'mysql', 'sqlite', 'mssql']));
  });

  for (const entry of CORPUS.filter((c) => c.dialect !== 'mssql')) {
    it(`${entry.file} (${entry.dialect}) creates ${entry.tables.length} tables with ${entry.fks} FKs and ${entry.checks}+ CHECKs`, async () => {
      const facts = entry.dialect === 'postgres' ? await pgFacts(entry) : entry.dialect === 'mysql' ? await mariaFacts(entry) : await sqliteFacts(entry);
      expect(sortedLower(facts.tables)).toEqual(sortedLower(entry.tables));
      expect(facts.fks).toBe(entry.fks);
      // MariaDB adds its own json_valid() CHECK for JSON columns, hence "at least".
      expect(facts.checks).toBeGreaterThanOrEqual(entry.checks);
      if (entry.dialect !== 'mysql') expect(facts.checks).toBe(entry.checks);
    });
  }

  for (const entry of CORPUS.filter((c) => c.dialect === 'mssql')) {
    it(`${entry.file} (mssql, no server: parse/emit only) names every listed table in a CREATE TABLE`, () => {
      const text = readFileSync(corpusPath(entry), 'utf8');
      for (const t of entry.tables) expect(text).toMatch(new RegExp(`CREATE TABLE\\s+(\\[?dbo\\]?\\.)?\\[?${t}\\]?\\s*\\(`, 'i'));
    });
  }

  it('pg-deferrable-cycle.sql really loads mutually referencing NOT NULL rows in one transaction', async () => {
    await withPgDatabase(async (db) => {
      await db.runSqlFiles([corpusPath(CORPUS.find((c) => c.file === 'pg-deferrable-cycle.sql')!)]);
      await db.runSql(`BEGIN;
INSERT INTO people VALUES (1, 'Ada Park', 10);
INSERT INTO addresses VALUES (10, 1, '1 Main St', 'Springfield');
COMMIT;`);
      expect(await db.rowCount('people')).toBe(1);
      await expect(db.runSql(`INSERT INTO people VALUES (2, 'No Address', 99);`)).rejects.toThrow(/foreign key/);
    });
  });

  it('the nullable cycles load in two passes (NULL first, then UPDATE) with constraints on', async () => {
    await withPgDatabase(async (db) => {
      await db.runSqlFiles([corpusPath(CORPUS.find((c) => c.file === 'pg-nullable-cycle.sql')!)]);
      await db.runSql(`INSERT INTO departments VALUES (1, 'Research', NULL);
INSERT INTO employees VALUES (7, 'Lee Chan', 1, 5000);
UPDATE departments SET head_id = 7 WHERE department_id = 1;`);
      expect(await db.integrityProblems()).toEqual([]);
    });
    await withMariaDatabase(async (db) => {
      await db.runSqlFiles([corpusPath(CORPUS.find((c) => c.file === 'mysql-hr-cycle.sql')!)]);
      await db.runSql(`INSERT INTO departments VALUES (1, 'Research', NULL, 100);
INSERT INTO employees VALUES (7, 1, NULL, 'Lee', 'Chan', 'lee.chan@example.com', '2020-01-01', NULL, 'Full-time');
UPDATE departments SET manager_id = 7 WHERE department_id = 1;`);
      expect(await db.integrityProblems()).toEqual([]);
    });
  });
});
