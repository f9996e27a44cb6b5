import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../schema/index.js';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';
import { generateToDirectory, type GenerateResult } from './generate-to-directory.js';

let root: string;
beforeAll(async () => { await loadParsers(); root = mkdtempSync(join(tmpdir(), 'rowforge-idioms-')); });
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

async function run(name: string, ddl: string, dialect: Dialect): Promise<GenerateResult> {
  const { schema } = parseSchema(ddl, { dialect });
  return generateToDirectory({ schema, plan: planFor(schema, { rows: 200, seed: 3 }), dir: join(root, name), format: 'csv', target: dialect });
}

const TSQL = `CREATE TABLE dbo.Dept (DeptId INT IDENTITY(1,1) PRIMARY KEY, Name NVARCHAR(50) NOT NULL);
CREATE TABLE dbo.Emp (
  EmpId INT IDENTITY(1,1) PRIMARY KEY,
  DeptId INT NOT NULL FOREIGN KEY REFERENCES dbo.Dept(DeptId),
  BossDept INT NULL CONSTRAINT FK_Emp_Boss FOREIGN KEY REFERENCES dbo.Dept(DeptId),
  Email NVARCHAR(100) NULL,
  Qty INT NOT NULL, Price DECIMAL(9,2) NOT NULL,
  Total AS (Qty * Price) PERSISTED
);
CREATE UNIQUE INDEX UX_Emp_Email ON dbo.Emp(Email) WHERE Email IS NOT NULL;`;

describe('dialect idioms the readers used to refuse or misread generate valid data', () => {
  it('SQL Server: inline FOREIGN KEY REFERENCES, a computed column and a filtered unique index', async () => {
    const { validation, data } = await run('tsql', TSQL, 'mssql');
    expect(validation?.violationCount).toBe(0);
    const depts = new Set(columnValues(data, 'Dept', 'DeptId'));
    expect(columnValues(data, 'Emp', 'DeptId').every((d) => depts.has(d))).toBe(true);
    const emails = columnValues(data, 'Emp', 'Email').filter((e) => e !== null);
    expect(new Set(emails).size).toBe(emails.length);
    expect(data.tables.find((t) => t.table.name === 'Emp')?.table.columns.map((c) => c.name)).not.toContain('Total');
  });

  it('MySQL: ZEROFILL columns are unsigned', async () => {
    const { validation, data } = await run('zerofill', 'CREATE TABLE t (id INT PRIMARY KEY, n INT(5) ZEROFILL NOT NULL, m SMALLINT UNSIGNED ZEROFILL NOT NULL);', 'mysql');
    expect(validation?.violationCount).toBe(0);
    expect([...columnValues(data, 't', 'n'), ...columnValues(data, 't', 'm')].every((v) => typeof v === 'number' && v >= 0)).toBe(true);
  });

  it('PostgreSQL: a domain over a NOT NULL domain is never NULL; a domain named year keeps its own CHECK', async () => {
    const ddl = 'CREATE DOMAIN d1 AS int NOT NULL;\nCREATE DOMAIN d2 AS d1 CHECK (VALUE > 0);\nCREATE DOMAIN year AS integer CHECK (VALUE >= 1901 AND VALUE <= 2155);\n'
      + 'CREATE TABLE t (id int PRIMARY KEY, x d2, y year);';
    const { validation, data } = await run('domains', ddl, 'postgres');
    expect(validation?.violationCount).toBe(0);
    expect(columnValues(data, 't', 'x')).not.toContain(null);
  });
});
