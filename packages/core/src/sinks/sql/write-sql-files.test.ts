import { describe, expect, it } from 'vitest';
import { createSchema, type Row } from '../../schema/index.js';
import { MemoryFileSet } from '../testing/memory-file-set.js';
import { deferrableRows, deferrableSchema, fixedData, shopRows, shopSchema } from '../testing/sample-data.js';
import type { Target } from '../target.js';
import { writeSqlFiles } from './write-sql-files.js';

async function script(target: Target, mode: 'single' | 'per-table' = 'single', data = fixedData(shopSchema, shopRows)): Promise<MemoryFileSet> {
  const files = new MemoryFileSet();
  await writeSqlFiles(data, files, { target, mode });
  return files;
}

describe('writeSqlFiles: deferred (nullable) cycle edges', () => {
  it('inserts deferred FK columns as NULL, fills them by UPDATE, then adds the FK', async () => {
    const sql = (await script('postgres')).get('data.sql');
    expect(sql).toContain(`(10, 1, 'R&D', NULL)`);
    const update = sql.indexOf('UPDATE "departments" SET "head_id" = CAST(CASE "id" WHEN 10 THEN 100 END AS integer) WHERE "id" IN (10);');
    const alter = sql.indexOf('ALTER TABLE "departments" ADD CONSTRAINT "departments_head_fk"');
    expect(update).toBeGreaterThan(sql.indexOf('INSERT INTO "order lines"'));
    expect(alter).toBeGreaterThan(update);
    expect(sql.trimEnd().endsWith('COMMIT;')).toBe(true);
  });

  it('keeps self-references as values (the FK is added after the data)', async () => {
    const sql = (await script('mysql')).get('data.sql');
    expect(sql).toContain("(100, 10, 101, 'ann@example.com'");
    expect(sql).toContain('ALTER TABLE `employees` ADD FOREIGN KEY (`manager_id`) REFERENCES `employees` (`id`) ON DELETE SET NULL;');
  });

  it('updates rows with a composite key one by one', async () => {
    const schema = createSchema({
      format: 'rowforge.schema', version: 1,
      tables: [
        { name: 'p', columns: [{ name: 'a', type: { kind: 'int', bits: 32 }, nullable: false }, { name: 'b', type: { kind: 'int', bits: 32 }, nullable: false }, { name: 'q', type: { kind: 'int', bits: 32 }, nullable: true }], primaryKey: { columns: ['a', 'b'] }, uniques: [{ columns: ['q'] }], foreignKeys: [{ columns: ['q'], refTable: 'q', refColumns: ['id'] }] },
        { name: 'q', columns: [{ name: 'id', type: { kind: 'int', bits: 32 }, nullable: false }, { name: 'pa', type: { kind: 'int', bits: 32 }, nullable: true }, { name: 'pb', type: { kind: 'int', bits: 32 }, nullable: true }], primaryKey: { columns: ['id'] }, foreignKeys: [{ columns: ['pa', 'pb'], refTable: 'p', refColumns: ['a', 'b'] }] },
      ],
    });
    const rows: Record<string, Row[]> = { p: [[1, 1, 7], [1, 2, null]], q: [[7, 1, 2]] };
    const sql = (await script('sqlite', 'single', fixedData(schema, rows))).get('data.sql');
    expect(sql).toContain('UPDATE "p" SET "q" = 7 WHERE "a" = 1 AND "b" = 1;\n');
    expect(sql).not.toContain('WHERE "a" = 1 AND "b" = 2');
    expect(sql).toContain('UPDATE "q" SET "pa" = CASE "id" WHEN 7 THEN 1 END, "pb" = CASE "id" WHEN 7 THEN 2 END WHERE "id" IN (7);');
  });

  it('batches UPDATEs like INSERTs', async () => {
    const many: Row[] = Array.from({ length: 1200 }, (_, i) => [i + 1, i + 1]);
    const schema = createSchema({
      format: 'rowforge.schema', version: 1,
      tables: [
        { name: 'x', columns: [{ name: 'id', type: { kind: 'int', bits: 32 }, nullable: false }, { name: 'y_id', type: { kind: 'int', bits: 32 }, nullable: true }], primaryKey: { columns: ['id'] }, foreignKeys: [{ columns: ['y_id'], refTable: 'y', refColumns: ['id'] }] },
        { name: 'y', columns: [{ name: 'id', type: { kind: 'int', bits: 32 }, nullable: false }, { name: 'x_id', type: { kind: 'int', bits: 32 }, nullable: true }], primaryKey: { columns: ['id'] }, foreignKeys: [{ columns: ['x_id'], refTable: 'x', refColumns: ['id'] }] },
      ],
    });
    const sql = (await script('mssql', 'single', fixedData(schema, { x: many, y: many }, 100))).get('data.sql');
    expect(sql.match(/^INSERT INTO \[x\]/gm)).toHaveLength(2);
    expect(sql.match(/^UPDATE \[x\]/gm)).toHaveLength(2);
    expect(sql.match(/^UPDATE \[y\]/gm)).toHaveLength(2);
  });
});

describe('writeSqlFiles: DEFERRABLE NOT NULL cycles', () => {
  const data = fixedData(deferrableSchema, deferrableRows);

  it('PostgreSQL: one transaction with SET CONSTRAINTS ALL DEFERRED', async () => {
    const sql = (await script('postgres', 'single', data)).get('data.sql');
    expect(sql.indexOf('SET CONSTRAINTS ALL DEFERRED;')).toBeGreaterThan(sql.indexOf('ALTER TABLE "a" ADD FOREIGN KEY'));
    expect(sql.indexOf('SET CONSTRAINTS ALL DEFERRED;')).toBeLessThan(sql.indexOf('INSERT INTO "a"'));
  });

  it('per-table: the cycle\'s tables share one file', async () => {
    const files = await script('postgres', 'per-table', data);
    expect([...files.text.keys()]).toEqual(['000_schema.sql', '001_a__b.sql', '999_constraints.sql']);
    expect(files.get('001_a__b.sql')).toMatch(/BEGIN;[\s\S]*SET CONSTRAINTS ALL DEFERRED;[\s\S]*INSERT INTO "a"[\s\S]*INSERT INTO "b"[\s\S]*COMMIT;/);
  });

  it('MySQL: loads without the cycle FKs and adds them afterwards', async () => {
    const sql = (await script('mysql', 'single', data)).get('data.sql');
    expect(sql.indexOf('ALTER TABLE `a` ADD FOREIGN KEY (`b_id`)')).toBeGreaterThan(sql.indexOf('INSERT INTO `b`'));
  });
});

describe('writeSqlFiles: files and statements', () => {
  it('names per-table files so that name order is load order', async () => {
    const files = await script('postgres', 'per-table');
    expect([...files.text.keys()]).toEqual([
      '000_schema.sql', '001_Companies.sql', '002_departments.sql', '003_employees.sql', '004_orders.sql', '005_order_lines.sql',
      '900_deferred_updates.sql', '999_constraints.sql',
    ]);
    for (const text of files.text.values()) expect(text).toContain('SET standard_conforming_strings = on;');
  });

  it('splits INSERTs at 500 rows (1000 on SQL Server)', async () => {
    const schema = createSchema({ format: 'rowforge.schema', version: 1, tables: [{ name: 't', columns: [{ name: 'id', type: { kind: 'int', bits: 32 }, nullable: false }] }] });
    const rows: Row[] = Array.from({ length: 2500 }, (_, i) => [i]);
    const count = async (target: Target) => (await script(target, 'single', fixedData(schema, { t: rows }, 333))).get('data.sql').match(/INSERT INTO/g)?.length;
    expect(await count('postgres')).toBe(5);
    expect(await count('sqlite')).toBe(5);
    expect(await count('mssql')).toBe(3);
  });

  it('wraps SQL Server identity inserts in IDENTITY_INSERT', async () => {
    const sql = (await script('mssql')).get('data.sql');
    expect(sql).toMatch(/SET IDENTITY_INSERT \[Companies\] ON;\nINSERT INTO \[Companies\][\s\S]*SET IDENTITY_INSERT \[Companies\] OFF;/);
    expect(sql).toContain("N'O''Brien \"Quotes\"\nLtd'");
  });

  it('escapes backslashes for MySQL and writes binary literals', async () => {
    const sql = (await script('mysql')).get('data.sql');
    expect(sql).toContain("'back\\\\slash ünïcödé 😀'");
    expect(sql).toContain("X'00ff0a'");
    expect(sql).toContain("'[\"a\",\"b c\",null,\"\",\"q\\\\\"\\\\\\\\\"]'");
  });
});
