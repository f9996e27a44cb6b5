import { describe, expect, it } from 'vitest';
import { loadParsers } from '../load-parsers.js';
import { parseSchema } from '../parse-schema.js';
import type { SourceDialect } from '../source-types.js';
import { tokenize } from '../text/sql-lexer.js';
import { isTransactionControl } from './skip-statement.js';

await loadParsers();

const warned = (dialect: SourceDialect, sql: string) => parseSchema(sql, { dialect }).warnings.map((w) => `${w.line}:${w.column} ${w.message}`);
const inserts = (n: number, table: string) => Array.from({ length: n }, (_, i) => `INSERT INTO ${table} VALUES (${i + 1});`).join('\n');

describe('skipped statements: one warning per kind, with the count and the first line:column', () => {
  it('reports 300 INSERTs (T-SQL dump) as one warning', () => {
    const sql = `SET NOCOUNT ON;\nCREATE TABLE [Artist] ([ArtistId] INT NOT NULL PRIMARY KEY);\n${inserts(300, '[Artist]')}\nSET NOCOUNT OFF;`;
    expect(warned('mssql', sql)).toEqual([
      '1:1 2 SET statements skipped (first at 1:1): it does not shape the generated data',
      '3:1 300 INSERT statements skipped (first at 3:1): rows come from the generator, not the script',
    ]);
  });

  it('keeps the single-statement message when a kind occurs once, and keeps kinds apart', () => {
    const sql = `CREATE TABLE a (id INT PRIMARY KEY);\n${inserts(1, 'a')}\nCREATE INDEX ix ON a ((id + 1));\nCREATE INDEX ix2 ON a ((id * 2));\nCREATE INDEX ix3 ON a (id);`;
    expect(warned('mysql', sql)).toEqual([
      '2:1 skipped INSERT: rows come from the generator, not the script',
      '3:1 2 CREATE INDEX statements skipped (first at 3:1): an index on an expression; only indexes on plain columns are created in the output',
    ]);
    expect(warned('mysql', sql.split('\n').slice(0, 3).join('\n'))[1]).toBe('3:1 skipped index "ix": its key part (id + 1) is not a plain column; only indexes on plain columns are created in the output');
  });

  it('names each unreadable unique index (its uniqueness is lost), not a count', () => {
    const sql = "CREATE TABLE t (id INT PRIMARY KEY, c INT, d INT);\nCREATE UNIQUE INDEX ix_c ON t (c) WITH PARSER ngram;\nCREATE UNIQUE INDEX ix_d ON t (d) WITH PARSER ngram;";
    expect(warned('mysql', sql)).toEqual([
      '2:1 skipped CREATE INDEX: the parser could not read it, so this uniqueness is not enforced by the generator',
      '3:1 skipped CREATE INDEX: the parser could not read it, so this uniqueness is not enforced by the generator',
    ]);
  });

  it('groups PostgreSQL INSERTs, COPY and OWNER TO (pg_dump) per kind; named skips stay one per statement', () => {
    const sql = 'CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int PRIMARY KEY);\nALTER TABLE a OWNER TO app;\nALTER TABLE b OWNER TO app;\n'
      + `${inserts(3, 'a')}\nCOPY b (id) FROM stdin;\n1\n\\.\nCREATE TABLE b1 PARTITION OF b DEFAULT;\nCREATE TABLE b2 PARTITION OF b DEFAULT;`;
    expect(warned('postgres', sql.replace('(id int PRIMARY KEY);\nALTER', '(id int PRIMARY KEY) PARTITION BY LIST (id);\nALTER'))).toEqual([
      '3:1 2 ALTER TABLE ... OWNER TO statements skipped (first at 3:1): it does not shape the generated data',
      '5:1 3 INSERT statements skipped (first at 5:1): rows come from the generator, not the script',
      '8:1 skipped COPY: rows come from the generator, not the script',
      '11:1 skipped partition "b1": rows are generated for its parent table',
      '12:1 skipped partition "b2": rows are generated for its parent table',
    ]);
  });
});

describe('transaction control is skipped silently (a script wrapped in BEGIN/COMMIT is common)', () => {
  const table = 'CREATE TABLE a (id INT PRIMARY KEY);';
  const scripts: Record<SourceDialect, string> = {
    postgres: `BEGIN;\nSTART TRANSACTION;\n${table}\nSAVEPOINT s1;\nRELEASE SAVEPOINT s1;\nROLLBACK TO SAVEPOINT s1;\nCOMMIT;\nEND;\nABORT;\nSET x = 1;`,
    mysql: `START TRANSACTION;\nBEGIN;\n${table}\nSAVEPOINT s1;\nROLLBACK TO SAVEPOINT s1;\nRELEASE SAVEPOINT s1;\nCOMMIT;\nSET x = 1;`,
    sqlite: `BEGIN TRANSACTION;\nBEGIN IMMEDIATE;\n${table}\nSAVEPOINT s1;\nRELEASE s1;\nEND TRANSACTION;\nCOMMIT;\nROLLBACK;\nPRAGMA foreign_keys = ON;`,
    mssql: `BEGIN TRANSACTION;\nBEGIN TRAN t1;\n${table}\nSAVE TRANSACTION s1;\nCOMMIT TRANSACTION;\nROLLBACK;\nSET NOCOUNT ON;`,
  } as Record<SourceDialect, string>;

  for (const [dialect, sql] of Object.entries(scripts) as [SourceDialect, string][]) {
    it(`${dialect}: only the non-transaction statement warns`, () => {
      const w = warned(dialect, sql);
      expect(w).toHaveLength(1);
      expect(w[0]).toMatch(/skipped (SET|PRAGMA)/);
    });
  }

  it('a T-SQL BEGIN TRY ... END TRY block is not transaction control', () => {
    expect(isTransactionControl(tokenize('BEGIN TRY SELECT 1; END TRY', 'mssql'))).toBe(false);
    expect(isTransactionControl(tokenize('BEGIN CREATE TABLE t (id int) END', 'mssql'))).toBe(false);
    expect(isTransactionControl(tokenize('END IF', 'mysql'))).toBe(false);
    expect(isTransactionControl(tokenize('BEGIN TRAN t1;', 'mssql'))).toBe(true);
  });
});
