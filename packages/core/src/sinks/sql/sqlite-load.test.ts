import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryFileSet } from '../testing/memory-file-set.js';
import { deferrableRows, deferrableSchema, fixedData, shopRows, shopSchema } from '../testing/sample-data.js';
import { writeSqlFiles } from './write-sql-files.js';

let SQL: Awaited<ReturnType<typeof initSqlJs>>;
beforeAll(async () => { SQL = await initSqlJs(); });

/** Runs every file of the SQLite output, in name order, against a fresh database. */
async function load(data: ReturnType<typeof fixedData>, mode: 'single' | 'per-table', edit: (sql: string) => string = (s) => s): Promise<Database> {
  const files = new MemoryFileSet();
  await writeSqlFiles(data, files, { target: 'sqlite', mode });
  const db = new SQL.Database();
  for (const name of [...files.text.keys()].sort()) db.exec(edit(files.get(name)));
  return db;
}

const rows = (db: Database, sql: string): unknown[][] => db.exec(sql)[0]?.values ?? [];

describe('SQLite output loads into SQLite (sql.js) with foreign keys on', () => {
  for (const mode of ['single', 'per-table'] as const) {
    it(`loads the shop schema (${mode})`, async () => {
      const db = await load(fixedData(shopSchema, shopRows), mode);
      expect(rows(db, 'PRAGMA foreign_keys')).toEqual([[1]]);
      expect(rows(db, 'PRAGMA foreign_key_check')).toEqual([]);
      expect(rows(db, 'SELECT id, head_id FROM departments ORDER BY id')).toEqual([[10, 100], [11, null]]);
      expect(rows(db, `SELECT name, tags, hex(logo), founded, created_at FROM "Companies" WHERE id = 1`))
        .toEqual([['Acme, Inc.', '["a","b c",null,"","q\\"\\\\"]', '00FF0A', '2000-02-29', '2024-01-02 03:04:05.678']]);
      expect(rows(db, 'SELECT name FROM "Companies" WHERE id = 2')).toEqual([['O\'Brien "Quotes"\nLtd']]);
      expect(rows(db, 'SELECT bio FROM employees WHERE id = 101')).toEqual([['back\\slash ünïcödé 😀']]);
      expect(rows(db, 'SELECT count(*) FROM "order lines"')).toEqual([[3]]);
    });

    it(`loads a DEFERRABLE NOT NULL cycle (${mode})`, async () => {
      const db = await load(fixedData(deferrableSchema, deferrableRows), mode);
      expect(rows(db, 'SELECT id, b_id FROM a ORDER BY id')).toEqual([[1, 2], [2, 1]]);
      expect(rows(db, 'PRAGMA foreign_key_check')).toEqual([]);
    });
  }

  it('rejects a dangling reference (the database is the judge)', async () => {
    const broken = (sql: string) => sql.replace('(100, 10, 101,', '(100, 10, 999,');
    await expect(load(fixedData(shopSchema, shopRows), 'single', broken)).rejects.toThrow(/FOREIGN KEY constraint failed/);
  });

  it('rejects a CHECK violation', async () => {
    const broken = (sql: string) => sql.replace("'senior', 1234.50", "'senior', -1");
    await expect(load(fixedData(shopSchema, shopRows), 'single', broken)).rejects.toThrow(/CHECK constraint failed/);
  });
});
