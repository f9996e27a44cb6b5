import { describe, expect, it } from 'vitest';
import { isRowforgeError, type RowforgeError } from '../../../errors/index.js';
import type { Dialect } from '../../../schema/index.js';
import { tableOf } from '../../__fixtures__/schema-lookup.js';
import { loadParsers } from '../../load-parsers.js';
import { parseSchema } from '../../parse-schema.js';

await loadParsers();

const read = (dialect: Dialect, sql: string) => parseSchema(sql, { dialect, file: 'in.sql' });
const uniquesOf = (dialect: Dialect, sql: string, table = 't') => tableOf(read(dialect, sql).schema, table).uniques;
const warned = (dialect: Dialect, sql: string) => read(dialect, sql).warnings.map((w) => `${w.line}:${w.column} ${w.message}`);

function failure(dialect: Dialect, sql: string): RowforgeError {
  try {
    read(dialect, sql);
  } catch (e) {
    if (isRowforgeError(e)) return e;
    throw e;
  }
  throw new Error('expected parseSchema to throw');
}

const MYSQL_T = 'CREATE TABLE t (a INT NOT NULL, b VARCHAR(20), c VARCHAR(40));\n';

describe('MySQL CREATE UNIQUE INDEX', () => {
  it('on columns, with USING BTREE before or after the key list, becomes a named UNIQUE without a warning', () => {
    const sql = `${MYSQL_T}CREATE UNIQUE INDEX ix ON t (a, b DESC) USING BTREE;\nCREATE UNIQUE INDEX ix_c USING BTREE ON t (\`c\`);`;
    expect(uniquesOf('mysql', sql)).toEqual([{ name: 'ix', columns: ['a', 'b'] }, { name: 'ix_c', columns: ['c'] }]);
    expect(read('mysql', sql).warnings).toEqual([]);
  });

  it('inline UNIQUE KEY name (cols) and UNIQUE INDEX name (cols) were already UNIQUE constraints', () => {
    const sql = 'CREATE TABLE t (a INT, b INT, c INT, UNIQUE KEY uk_ab (a, b), UNIQUE INDEX ui_c (c), KEY k_b (b));';
    expect(uniquesOf('mysql', sql)).toEqual([{ name: 'uk_ab', columns: ['a', 'b'] }, { name: 'ui_c', columns: ['c'] }]);
  });

  it('a functional key on lower(col) is unique on the column, with a warning; a prefix key is skipped with one', () => {
    const sql = `${MYSQL_T}CREATE UNIQUE INDEX ix_lc ON t ((lower(c)));\nCREATE UNIQUE INDEX ix_pre ON t (b(10));`;
    expect(uniquesOf('mysql', sql)).toEqual([{ name: 'ix_lc', columns: ['c'] }]);
    expect(warned('mysql', sql)).toEqual([
      '2:1 CREATE UNIQUE INDEX "ix_lc" is read as UNIQUE (c) on "t": it compares (lower(c)) as c; generated values are distinct exactly, not guaranteed distinct ignoring letter case',
      '3:1 skipped CREATE UNIQUE INDEX "ix_pre": its key part b(10) is not a plain column, so this uniqueness is not enforced by the generator',
    ]);
  });

  it('reads one marked INVISIBLE (MySQL 8) as UNIQUE', () => {
    expect(uniquesOf('mysql', `${MYSQL_T}CREATE UNIQUE INDEX ix ON t (c) COMMENT 'x' INVISIBLE;`)).toEqual([{ name: 'ix', columns: ['c'] }]);
  });

  it('one the parser cannot read is skipped, saying its uniqueness is not enforced', () => {
    expect(warned('mysql', `${MYSQL_T}CREATE UNIQUE INDEX ix ON t (c) WITH PARSER ngram;`)).toEqual([
      '2:1 skipped CREATE INDEX: the parser could not read it, so this uniqueness is not enforced by the generator',
    ]);
  });

  it('reads a non-unique CREATE INDEX as a secondary index, not a UNIQUE, without a warning', () => {
    expect(warned('mysql', `${MYSQL_T}CREATE INDEX ix ON t (c);`)).toEqual([]);
    expect(uniquesOf('mysql', `${MYSQL_T}CREATE INDEX ix ON t (c);`)).toEqual([]);
  });

  it('on a table never created is SCHEMA_INVALID at the table name, like ALTER TABLE; an unknown column is SCHEMA_UNKNOWN_COLUMN', () => {
    const e = failure('mysql', `${MYSQL_T}CREATE UNIQUE INDEX ix ON ledger_entries (ref);`);
    expect([e.code, e.message, e.details.position]).toEqual(['SCHEMA_INVALID', 'table "ledger_entries" is indexed but never created in this script', { file: 'in.sql', line: 2, column: 27 }]);
    const c = failure('mysql', `${MYSQL_T}CREATE UNIQUE INDEX ix ON t (a, nope);`);
    expect([c.code, c.details.position]).toEqual(['SCHEMA_UNKNOWN_COLUMN', { file: 'in.sql', line: 2, column: 33 }]);
  });
});

describe('SQLite CREATE UNIQUE INDEX', () => {
  const T = 'CREATE TABLE t (a INTEGER, b TEXT, c TEXT);\n';

  it('on columns becomes a named UNIQUE; IF NOT EXISTS and COLLATE BINARY change nothing', () => {
    const sql = `${T}CREATE UNIQUE INDEX IF NOT EXISTS ix ON t (a, b);\nCREATE UNIQUE INDEX ix_c ON t (c COLLATE BINARY);`;
    expect(uniquesOf('sqlite', sql)).toEqual([{ name: 'ix', columns: ['a', 'b'] }, { name: 'ix_c', columns: ['c'] }]);
    expect(read('sqlite', sql).warnings).toEqual([]);
  });

  it('with COLLATE NOCASE and lower(): unique on the columns, with a warning; a partial one is skipped', () => {
    const sql = `${T}CREATE UNIQUE INDEX ix ON t (b COLLATE NOCASE, lower(c));`;
    expect(uniquesOf('sqlite', sql)).toEqual([{ name: 'ix', columns: ['b', 'c'] }]);
    expect(warned('sqlite', sql)).toEqual([
      '2:1 CREATE UNIQUE INDEX "ix" is read as UNIQUE (b, c) on "t": it compares b COLLATE NOCASE as b, lower(c) as c; generated values are distinct exactly, not guaranteed distinct ignoring letter case',
    ]);
    expect(uniquesOf('sqlite', `${T}CREATE UNIQUE INDEX ix ON t (b) WHERE a IS NOT NULL;`)).toEqual([]);
  });

  it('on an expression is skipped, saying the uniqueness is not enforced', () => {
    expect(uniquesOf('sqlite', `${T}CREATE UNIQUE INDEX ix ON t (b || c);`)).toEqual([]);
    expect(warned('sqlite', `${T}CREATE UNIQUE INDEX ix ON t (b || c);`)).toEqual([
      '2:1 skipped CREATE UNIQUE INDEX "ix": its key part b || c is not a plain column, so this uniqueness is not enforced by the generator',
    ]);
  });
});

describe('SQL Server CREATE UNIQUE INDEX', () => {
  const T = 'CREATE TABLE [dbo].[t] ([a] INT NULL, [b] NVARCHAR(40) NOT NULL)\nGO\n';

  it('NONCLUSTERED ... WHERE a IS NOT NULL, with INCLUDE and index options: read as UNIQUE (a), the filtered-index idiom; CLUSTERED read', () => {
    const sql = `${T}CREATE UNIQUE NONCLUSTERED INDEX [UX_t_a] ON [dbo].[t] ([a] ASC) INCLUDE ([b]) WHERE [a] IS NOT NULL WITH (PAD_INDEX = OFF) ON [PRIMARY]\nGO\nCREATE UNIQUE CLUSTERED INDEX UX_t_b ON dbo.t (b)\nGO`;
    expect(uniquesOf('mssql', sql)).toEqual([{ name: 'UX_t_a', columns: ['a'] }, { name: 'UX_t_b', columns: ['b'] }]);
    expect(warned('mssql', sql)).toEqual([]);
  });

  it('WHERE IS NOT NULL on every key column (AND, parentheses) is UNIQUE; any other filter is skipped with a warning', () => {
    const sql = `${T}CREATE UNIQUE INDEX UX_ab ON dbo.t (a, b) WHERE (a IS NOT NULL) AND [b] IS NOT NULL;\n`
      + 'CREATE UNIQUE INDEX UX_a_gt ON dbo.t (a) WHERE a > 5;\nCREATE UNIQUE INDEX UX_b_part ON dbo.t (a, b) WHERE a IS NOT NULL;\n'
      + 'CREATE UNIQUE INDEX UX_a_more ON dbo.t (a) WHERE a IS NOT NULL AND b IS NOT NULL;\nCREATE UNIQUE INDEX UX_a_or ON dbo.t (a) WHERE a IS NOT NULL OR b IS NULL;';
    expect(uniquesOf('mssql', sql)).toEqual([{ name: 'UX_ab', columns: ['a', 'b'] }]);
    expect(warned('mssql', sql).map((w) => w.split(': ')[0])).toEqual([
      '4:1 skipped CREATE UNIQUE INDEX "UX_a_gt"', '5:1 skipped CREATE UNIQUE INDEX "UX_b_part"',
      '6:1 skipped CREATE UNIQUE INDEX "UX_a_more"', '7:1 skipped CREATE UNIQUE INDEX "UX_a_or"',
    ]);
  });

  it('inside IF NOT EXISTS (...) is read; one on an indexed view (WITH SCHEMABINDING) is skipped with a warning', () => {
    const sql = `${T}IF NOT EXISTS (SELECT * FROM sys.indexes WHERE name = 'UX_t_b') CREATE UNIQUE INDEX UX_t_b ON dbo.t (b)\nGO\n`
      + 'CREATE VIEW dbo.v_t WITH SCHEMABINDING AS SELECT b, COUNT_BIG(*) AS n FROM dbo.t GROUP BY b\nGO\nCREATE UNIQUE CLUSTERED INDEX IX_v_t ON dbo.v_t (b)\nGO';
    expect(uniquesOf('mssql', sql)).toEqual([{ name: 'UX_t_b', columns: ['b'] }]);
    expect(warned('mssql', sql)).toEqual([
      '5:1 skipped CREATE VIEW: it does not shape the generated data',
      '7:1 skipped CREATE UNIQUE INDEX "IX_v_t": "v_t" is a view or partition, not a table Rowforge generates',
    ]);
  });
});
