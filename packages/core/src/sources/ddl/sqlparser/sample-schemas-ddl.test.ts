import { describe, expect, it } from 'vitest';
import { isRowforgeError } from '../../../errors/index.js';
import { columnOf, tableOf } from '../../__fixtures__/schema-lookup.js';
import { loadParsers } from '../../load-parsers.js';
import { parseSchema } from '../../parse-schema.js';
import type { SourceDialect } from '../../source-types.js';

await loadParsers();

/** Valid DDL from public sample schemas (Sakila, employees, AdventureWorks, Chinook) the readers once refused. */
const read = (dialect: SourceDialect, sql: string) => parseSchema(sql, { dialect, file: 'in.sql' });
const where = (ws: readonly { line: number; column: number; message: string }[]) => ws.map((w) => `${w.line}:${w.column} ${w.message}`);

function errorPosition(dialect: SourceDialect, sql: string): unknown {
  try {
    read(dialect, sql);
  } catch (e) {
    if (!isRowforgeError(e)) throw e;
    return [e.code, e.details.position];
  }
  throw new Error('expected parseSchema to throw');
}

describe('MySQL sample schemas', () => {
  it('reads VARCHAR(40) BINARY (Sakila staff.password) as a string: BINARY is a binary collation', () => {
    const { schema } = read('mysql', 'CREATE TABLE staff (\n  staff_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,\n'
      + '  password VARCHAR(40) BINARY DEFAULT NULL,\n  a CHAR(2) CHARACTER SET latin1 BINARY NOT NULL, b TEXT BINARY, c BINARY(16), d BINARY\n) ENGINE=InnoDB;');
    expect(columnOf(schema, 'staff', 'password')).toEqual({ name: 'password', type: { kind: 'string', variant: 'varchar', length: 40 }, nullable: true, default: { kind: 'literal', value: null } });
    expect(columnOf(schema, 'staff', 'a')).toMatchObject({ type: { kind: 'string', variant: 'char', length: 2 }, nullable: false });
    expect(columnOf(schema, 'staff', 'b').type).toEqual({ kind: 'string', variant: 'text' });
    expect(columnOf(schema, 'staff', 'c').type).toEqual({ kind: 'bytes', length: 16 });
    expect(columnOf(schema, 'staff', 'd').type.kind).toBe('bytes');
  });

  it('still names line:column of an error after a BINARY attribute', () => {
    expect(errorPosition('mysql', 'CREATE TABLE t (\n  p VARCHAR(40) BINARY NOT NOT NULL);')).toEqual(['DDL_SYNTAX', { file: 'in.sql', line: 2, column: 24 }]);
  });
});

describe('SQL Server sample schemas (AdventureWorks, Chinook)', () => {
  const PARENT = 'CREATE TABLE [dbo].[Parent] ([Id] [int] IDENTITY (1, 1) NOT FOR REPLICATION NOT NULL PRIMARY KEY);\nGO\n';

  it('accepts IDENTITY (1, 1) NOT FOR REPLICATION, and NOT FOR REPLICATION on foreign keys and checks', () => {
    const { schema } = read('mssql', `${PARENT}CREATE TABLE [dbo].[Child] (\n  [Id] [int] IDENTITY (1, 1) NOT FOR REPLICATION NOT NULL,\n`
      + '  [ParentId] [int] NOT NULL CONSTRAINT [FK_Child_Parent] FOREIGN KEY REFERENCES [dbo].[Parent] ([Id]) NOT FOR REPLICATION,\n'
      + '  [Qty] [int] NOT NULL, [Other] [int] NULL,\n  CONSTRAINT [CK_Child_Qty] CHECK NOT FOR REPLICATION ([Qty] > 0),\n'
      + '  CONSTRAINT [PK_Child] PRIMARY KEY CLUSTERED ([Id] ASC)\n) ON [PRIMARY];\nGO\n'
      + 'ALTER TABLE [dbo].[Child] WITH CHECK ADD CONSTRAINT [FK_Child_Other] FOREIGN KEY([Other]) REFERENCES [dbo].[Parent] ([Id]) ON DELETE CASCADE NOT FOR REPLICATION;\nGO');
    expect(columnOf(schema, 'Child', 'Id')).toMatchObject({ type: { kind: 'int', bits: 32 }, autoIncrement: 'identity-always', nullable: false });
    expect(tableOf(schema, 'Child').foreignKeys.map((f) => `${f.name ?? ''}:${f.columns.join()}->${f.refTable}(${f.refColumns.join()})`))
      .toEqual(['FK_Child_Parent:ParentId->Parent(Id)', 'FK_Child_Other:Other->Parent(Id)']);
    expect(tableOf(schema, 'Child').checks).toMatchObject([{ name: 'CK_Child_Qty', sql: '[Qty] > 0' }]);
  });

  it('accepts uniqueidentifier ROWGUIDCOL (and SPARSE) as column marks', () => {
    const { schema } = read('mssql', 'CREATE TABLE [Person].[BusinessEntity](\n    [Id] [int] IDENTITY (1, 1) NOT NULL PRIMARY KEY,\n'
      + '    [rowguid] uniqueidentifier ROWGUIDCOL NOT NULL CONSTRAINT [DF_BusinessEntity_rowguid] DEFAULT (NEWID()),\n    [Note] [nvarchar](20) SPARSE NULL, Sparse INT\n);\nGO');
    expect(columnOf(schema, 'BusinessEntity', 'rowguid')).toMatchObject({ type: { kind: 'uuid' }, nullable: false, default: { kind: 'expression', sql: '(NEWID())' } });
    expect(columnOf(schema, 'BusinessEntity', 'Note').nullable).toBe(true);
    expect(columnOf(schema, 'BusinessEntity', 'Sparse').type).toEqual({ kind: 'int', bits: 32 });
  });

  it('reads an alias type (CREATE TYPE ... FROM base [NOT] NULL) as a domain over its base type', () => {
    const { schema, warnings } = read('mssql', 'CREATE TYPE [dbo].[Name] FROM nvarchar(50) NULL;\nGO\nCREATE TYPE [dbo].[Flag] FROM [bit] NOT NULL;\nGO\n'
      + 'CREATE TYPE dbo.Amount FROM decimal(19, 4);\nGO\nCREATE TYPE dbo.Lines AS TABLE (Id int);\nGO\n'
      + 'CREATE TABLE [dbo].[Product] ([ProductID] [int] IDENTITY (1, 1) NOT NULL PRIMARY KEY, [Name] [dbo].[Name] NOT NULL,\n'
      + '  [Alt] [dbo].[Name] NULL, [MakeFlag] [dbo].[Flag] CONSTRAINT [DF_Product_MakeFlag] DEFAULT (1), [Price] dbo.Amount);\nGO');
    const name = { kind: 'domain', name: 'Name', base: { kind: 'string', length: 50 }, notNull: false, checks: [] };
    expect(columnOf(schema, 'Product', 'Name')).toMatchObject({ type: name, nullable: false });
    expect(columnOf(schema, 'Product', 'Alt')).toMatchObject({ type: name, nullable: true });
    expect(columnOf(schema, 'Product', 'MakeFlag')).toMatchObject({
      type: { kind: 'domain', name: 'Flag', base: { kind: 'boolean' }, notNull: true }, nullable: false, default: { kind: 'literal', value: true },
    });
    expect(columnOf(schema, 'Product', 'Price').type).toMatchObject({ kind: 'domain', base: { kind: 'decimal', precision: 19, scale: 4 }, notNull: false });
    expect(where(warnings)).toEqual(['7:1 skipped CREATE TYPE: a table type only types procedure parameters; it does not shape the generated data']);
  });

  it('names line:column of an alias type it cannot read', () => {
    expect(errorPosition('mssql', 'CREATE TABLE t (id INT);\nGO\nCREATE TYPE dbo.Bad FROM nvarchar(50 NULL;')).toEqual(['DDL_SYNTAX', { file: 'in.sql', line: 3, column: 26 }]);
  });

  it('skips an IF ... BEGIN ALTER DATABASE ...; DROP DATABASE ...; END header (Chinook)', () => {
    const { schema, warnings } = read('mssql', "IF EXISTS (SELECT name FROM master.dbo.sysdatabases WHERE name = N'Chinook')\nBEGIN\n"
      + '\tALTER DATABASE [Chinook] SET OFFLINE WITH ROLLBACK IMMEDIATE;\n\tDROP DATABASE [Chinook];\nEND\nGO\n'
      + 'CREATE TABLE [dbo].[Artist] ([ArtistId] INT NOT NULL, [Name] NVARCHAR(120), CONSTRAINT [PK_Artist] PRIMARY KEY CLUSTERED ([ArtistId]));\nGO');
    expect(schema.tables.map((t) => t.name)).toEqual(['Artist']);
    expect(where(warnings)).toEqual(['1:1 skipped IF: a conditional block that creates no table or type; it does not shape the generated data']);
  });

  it('still refuses an unreadable IF block that creates a table, naming line:column', () => {
    expect(errorPosition('mssql', "IF OBJECT_ID('t') IS NULL\nBEGIN\n  CREATE TABLE t (id INT NOT NOT NULL);\nEND\nGO")).toMatchObject(['DDL_SYNTAX', { line: 3 }]);
  });
});

describe('SQLite sample schemas', () => {
  it('accepts STRICT, WITHOUT ROWID (either order)', () => {
    const { schema } = read('sqlite', 'CREATE TABLE note_tags (\n  note_id INTEGER NOT NULL,\n  tag_name TEXT NOT NULL,\n  PRIMARY KEY (note_id, tag_name)\n) STRICT, WITHOUT ROWID;\n'
      + 'CREATE TABLE t2 (id INTEGER PRIMARY KEY) WITHOUT ROWID, STRICT;');
    expect(tableOf(schema, 'note_tags').primaryKey).toEqual({ columns: ['note_id', 'tag_name'] });
    expect(tableOf(schema, 't2').primaryKey).toEqual({ columns: ['id'] });
  });

  it('skips a virtual table, also one whose module arguments the parser cannot read (fts5 content=...)', () => {
    const { schema, warnings } = read('sqlite', 'CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT);\n'
      + "CREATE VIRTUAL TABLE notes_fts USING fts5(title, body, content='notes', content_rowid='id');\nCREATE VIRTUAL TABLE boxes USING rtree(id, minX, maxX);");
    expect(schema.tables.map((t) => t.name)).toEqual(['notes']);
    expect(where(warnings)).toEqual([
      '2:1 skipped CREATE VIRTUAL TABLE: a virtual table (USING fts5) is filled by its module, not generated; it does not shape the generated data',
      '3:1 skipped CREATE VIRTUAL TABLE: a virtual table (USING rtree) is filled by its module, not generated; it does not shape the generated data',
    ]);
  });

  it('still names line:column of an error in a STRICT table', () => {
    expect(errorPosition('sqlite', 'CREATE TABLE t (\n  a INTEGER NOT NOT NULL\n) STRICT, WITHOUT ROWID;')).toEqual(['DDL_SYNTAX', { file: 'in.sql', line: 2, column: 13 }]);
  });
});

describe('MySQL client commands (employees sample)', () => {
  it('skips `source file.dump ;` lines with a warning naming the file', () => {
    const { schema, warnings } = read('mysql', 'CREATE TABLE departments (dept_no CHAR(4) NOT NULL PRIMARY KEY, dept_name VARCHAR(40) NOT NULL);\n'
      + 'source load_departments.dump ;\nsource load_employees.dump\nCREATE TABLE t (id INT);');
    expect(schema.tables.map((t) => t.name)).toEqual(['departments', 't']);
    expect(where(warnings)).toEqual([
      '2:1 skipped SOURCE: a mysql client command; the file it loads (load_departments.dump) is not read',
      '3:1 skipped SOURCE: a mysql client command; the file it loads (load_employees.dump) is not read',
    ]);
  });
});

describe('skip messages say what was skipped and that it does not shape the data', () => {
  it('PRAGMA, CREATE SCHEMA ... DEFAULT CHARACTER SET and a T-SQL procedure the parser cannot read', () => {
    expect(where(read('sqlite', 'PRAGMA journal_mode = WAL;\nPRAGMA foreign_keys=ON;\nCREATE TABLE t (id INTEGER);').warnings)).toEqual([
      '1:1 2 PRAGMA statements skipped (first at 1:1): it does not shape the generated data',
    ]);
    expect(where(read('mysql', 'CREATE SCHEMA IF NOT EXISTS `northwind` DEFAULT CHARACTER SET latin1 ;\nCREATE TABLE t (id INT);').warnings)).toEqual([
      '1:1 skipped CREATE SCHEMA: it does not shape the generated data',
    ]);
    const proc = 'CREATE PROCEDURE dbo.CustOrderHist @CustomerID nchar(5)\nAS\nSELECT ProductName, Total=SUM(Quantity) FROM Products P\nGO\n';
    expect(where(read('mssql', `${proc}CREATE TABLE t (id INT);`).warnings)).toEqual(['1:1 skipped CREATE PROCEDURE: it does not shape the generated data']);
  });
});
