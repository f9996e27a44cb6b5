import { describe, expect, it } from 'vitest';
import { isRowforgeError } from '../../../errors/index.js';
import { fixtureText } from '../../__fixtures__/fixture-text.js';
import { columnOf, tableOf } from '../../__fixtures__/schema-lookup.js';
import { loadParsers } from '../../load-parsers.js';
import { parseSchema } from '../../parse-schema.js';

await loadParsers();

describe('SQL Server feature corpus (mssql-features.sql, SSMS style)', () => {
  const { schema, dialect, warnings } = parseSchema(fixtureText('mssql-features.sql'));
  const col = (t: string, c: string) => columnOf(schema, t, c);

  it('is detected as SQL Server; GO batches, bracket identifiers and dbo. are handled', () => {
    expect(dialect).toBe('mssql');
    expect(schema.tables.map((t) => t.name)).toEqual(['Customers', 'Orders', 'OrderNotes']);
  });

  it('maps SQL Server types', () => {
    expect(col('Customers', 'CustomerId')).toMatchObject({ type: { kind: 'int', bits: 32 }, autoIncrement: 'identity-always', nullable: false });
    expect(col('Customers', 'Email').type).toEqual({ kind: 'string', variant: 'varchar', length: 255 });
    expect(col('Customers', 'DisplayName').type).toEqual({ kind: 'string', variant: 'text' });
    expect(col('Customers', 'Notes').type).toEqual({ kind: 'string', variant: 'text' });
    expect(col('Customers', 'IsActive')).toMatchObject({ type: { kind: 'boolean' }, default: { kind: 'literal', value: true } });
    expect(col('Customers', 'ExternalId')).toMatchObject({ type: { kind: 'uuid' }, default: { kind: 'expression', sql: 'NEWID()' } });
    expect(col('Customers', 'CreatedAt').type).toEqual({ kind: 'timestamp', withTimeZone: false });
    expect(col('Customers', 'SeenAt').type).toEqual({ kind: 'timestamp', withTimeZone: true });
    expect(col('Customers', 'Credit').type).toEqual({ kind: 'decimal', precision: 19, scale: 4 });
    expect(col('Customers', 'Photo').type).toEqual({ kind: 'bytes' });
    expect(col('Customers', 'Code').type).toEqual({ kind: 'string', variant: 'char', length: 3 });
    expect(col('OrderNotes', 'Body').type).toEqual({ kind: 'string', variant: 'text' });
    expect(col('Orders', 'OrderId').type).toEqual({ kind: 'int', bits: 64 });
  });

  it('reads CONSTRAINT PK_x PRIMARY KEY CLUSTERED (with SSMS index options) and inline named constraints', () => {
    expect(tableOf(schema, 'Customers').primaryKey).toEqual({ name: 'PK_Customers', columns: ['CustomerId'] });
    expect(tableOf(schema, 'Customers').uniques).toEqual([{ name: 'UQ_Customers_Email', columns: ['Email'] }]);
    expect(tableOf(schema, 'Orders').primaryKey).toEqual({ name: 'PK_Orders', columns: ['OrderId'] });
    expect(tableOf(schema, 'Customers').checks[0]).toMatchObject({ name: 'CK_Customers_Balance', sql: '[Balance] >= 0' });
    expect(tableOf(schema, 'Orders').checks[0]?.expr).toMatchObject({ kind: 'in', values: [{ value: 'open' }, { value: 'shipped' }, { value: 'closed' }] });
  });

  it('reads foreign keys, including self-reference and ALTER TABLE ... WITH CHECK ADD CONSTRAINT', () => {
    expect(tableOf(schema, 'Orders').foreignKeys.map((f) => `${f.name ?? ''}:${f.refTable}`)).toEqual(['FK_Orders_Customers:Customers', 'FK_Orders_Parent:Orders']);
    expect(tableOf(schema, 'OrderNotes').primaryKey).toEqual({ name: 'PK_OrderNotes', columns: ['OrderId', 'NoteNo'] });
    expect(tableOf(schema, 'OrderNotes').foreignKeys).toEqual([{
      name: 'FK_OrderNotes_Orders', columns: ['OrderId'], refTable: 'Orders', refColumns: ['OrderId'], deferrable: false, initiallyDeferred: false,
    }]);
  });

  it('reads CREATE NONCLUSTERED INDEX ... WITH (...) ON [PRIMARY] as a secondary index', () => {
    expect(tableOf(schema, 'Orders').indexes).toEqual([{ name: 'IX_Orders_PlacedOn', columns: ['PlacedOn'] }]);
  });

  it('warns about USE, SET, CHECK CONSTRAINT, ADD DEFAULT ... FOR, procedures, EXEC (one warning per kind, counted)', () => {
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '2:1 skipped USE: it does not shape the generated data',
      '4:1 2 SET statements skipped (first at 4:1): it does not shape the generated data',
      '52:1 2 ALTER TABLE statements skipped (first at 52:1): it does not shape the generated data',
      '58:1 skipped CREATE PROCEDURE: it does not shape the generated data',
      '64:1 skipped EXEC: it does not shape the generated data',
    ]);
  });

  it('skips DBCC (as in the constraints.sql Rowforge writes for SQL Server)', () => {
    const r = parseSchema("CREATE TABLE t (id INT IDENTITY(1,1) PRIMARY KEY);\nDBCC CHECKIDENT ('[t]') WITH NO_INFOMSGS;", { dialect: 'mssql' });
    expect(r.schema.tables.map((t) => t.name)).toEqual(['t']);
    expect(r.warnings.map((w) => `${w.line}:${w.column} ${w.message.split(':')[0] ?? ''}`)).toEqual(['2:1 skipped DBCC']);
  });
});

describe('SQL Server column details', () => {
  const mssql = (sql: string) => parseSchema(sql, { dialect: 'mssql', file: 'in.sql' });
  const DEPT = 'CREATE TABLE dbo.Dept (DeptId INT IDENTITY(1,1) PRIMARY KEY, Name NVARCHAR(50) NOT NULL);\n';

  it('reads an inline FOREIGN KEY REFERENCES, named (CONSTRAINT FK_x) or not, as a foreign key', () => {
    const { schema } = mssql(`${DEPT}CREATE TABLE dbo.Emp (EmpId INT IDENTITY(1,1) PRIMARY KEY, DeptId INT NOT NULL FOREIGN KEY REFERENCES dbo.Dept(DeptId),\n`
      + '  BossDept INT NULL CONSTRAINT FK_Emp_Boss FOREIGN KEY REFERENCES [dbo].[Dept] ([DeptId]) ON DELETE CASCADE, Name NVARCHAR(50));');
    expect(tableOf(schema, 'Emp').foreignKeys).toEqual([
      { columns: ['DeptId'], refTable: 'Dept', refColumns: ['DeptId'], deferrable: false, initiallyDeferred: false },
      { name: 'FK_Emp_Boss', columns: ['BossDept'], refTable: 'Dept', refColumns: ['DeptId'], onDelete: 'CASCADE', deferrable: false, initiallyDeferred: false },
    ]);
    expect(columnOf(schema, 'Emp', 'DeptId').nullable).toBe(false);
  });

  it('leaves computed columns (AS expr, PERSISTED, NOT NULL, first or last) out with a warning at the column', () => {
    const { schema, warnings } = mssql('CREATE TABLE dbo.Line (Code AS (N\'L\' + CAST(Id AS NVARCHAR(10))), Id INT IDENTITY(1,1) PRIMARY KEY, Qty INT NOT NULL, Price DECIMAL(9,2) NOT NULL,\n'
      + '  Total AS (Qty * Price), [Total2] AS (Qty * Price) PERSISTED, Name NVARCHAR(20), Total3 AS Qty * Price PERSISTED NOT NULL)\nGO');
    expect(tableOf(schema, 'Line').columns.map((c) => c.name)).toEqual(['Id', 'Qty', 'Price', 'Name']);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '1:24 column "Line.Code" is computed by the database (GENERATED/AS); it is left out of the generated data',
      '2:3 column "Line.Total" is computed by the database (GENERATED/AS); it is left out of the generated data',
      '2:27 column "Line.Total2" is computed by the database (GENERATED/AS); it is left out of the generated data',
      '2:83 column "Line.Total3" is computed by the database (GENERATED/AS); it is left out of the generated data',
    ]);
  });

  it('leaves rowversion columns (and T-SQL timestamp, its old name) out: the database sets them and an INSERT may not', () => {
    const { schema, warnings } = mssql('CREATE TABLE [Posts] ([PostId] int NOT NULL IDENTITY, [RowVersion] rowversion NULL,\n  [ts] timestamp NOT NULL, [At] datetime2 NOT NULL, CONSTRAINT [PK_Posts] PRIMARY KEY ([PostId]))\nGO');
    expect(tableOf(schema, 'Posts').columns.map((c) => c.name)).toEqual(['PostId', 'At']);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '1:55 column "Posts.RowVersion" is a rowversion the database sets on every write; it is left out of the generated data',
      '2:3 column "Posts.ts" is a timestamp the database sets on every write; it is left out of the generated data',
    ]);
  });

  it('keeps a timestamp with a DEFAULT (SQL Server refuses one on a rowversion): a date column in DDL detected as SQL Server', () => {
    const { schema } = parseSchema('CREATE TABLE t (id INT PRIMARY KEY, name NVARCHAR(50) NOT NULL, created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);');
    expect(columnOf(schema, 't', 'created').type.kind).toBe('timestamp');
  });

  it('still names line:column of a syntax error after a computed column', () => {
    try {
      mssql('CREATE TABLE t (Id INT PRIMARY KEY,\n  Total AS (Id * 2) PERSISTED,\n  Bad INT NOT NOT NULL)');
    } catch (e) {
      if (!isRowforgeError(e)) throw e;
      expect([e.code, e.details.position]).toEqual(['DDL_SYNTAX', { file: 'in.sql', line: 3, column: 11 }]);
      return;
    }
    throw new Error('expected parseSchema to throw');
  });
});
