import { describe, expect, it } from 'vitest';
import { tableOf } from '../__fixtures__/schema-lookup.js';
import { loadParsers } from '../load-parsers.js';
import { parseSchema } from '../parse-schema.js';
import type { SourceDialect } from '../source-types.js';

await loadParsers();

const read = (dialect: SourceDialect, sql: string, omitUnsupported = false) => parseSchema(sql, { dialect, file: 'in.sql', omitUnsupported });
const indexesOf = (dialect: SourceDialect, sql: string, table = 't') => tableOf(read(dialect, sql).schema, table).indexes;
const warned = (dialect: SourceDialect, sql: string) => read(dialect, sql).warnings.map((w) => `${w.line}:${w.column} ${w.message}`);

describe('PostgreSQL CREATE INDEX', () => {
  const T = 'CREATE TABLE t (a int, b text, c jsonb, "Mixed" int);\n';

  it('reads plain-column btree indexes with their names and DESC key parts, without a warning', () => {
    const sql = `${T}CREATE INDEX t_ab ON public.t USING btree (a, b DESC NULLS LAST);\nCREATE INDEX CONCURRENTLY ON ONLY t ("Mixed");\nCREATE INDEX t_inc ON t (b) INCLUDE (a);`;
    expect(indexesOf('postgres', sql)).toEqual([
      { name: 't_ab', columns: ['a', 'b'], descending: [false, true] },
      { columns: ['Mixed'] },
      { name: 't_inc', columns: ['b'] },
    ]);
    expect(warned('postgres', sql)).toEqual([]);
  });

  it('skips GIN, expression, partial and operator-class indexes with one warning each, naming the index', () => {
    const sql = `${T}CREATE INDEX t_gin ON t USING gin (c);\nCREATE INDEX t_low ON t (lower(b));\nCREATE INDEX t_part ON t (a) WHERE a > 0;\nCREATE INDEX t_ops ON t (b text_pattern_ops);`;
    expect(indexesOf('postgres', sql)).toEqual([]);
    expect(warned('postgres', sql)).toEqual([
      '2:1 skipped index "t_gin": it is a gin index; only indexes on plain columns are created in the output',
      '3:1 skipped index "t_low": its key part lower(b) is not a plain column; only indexes on plain columns are created in the output',
      '4:1 skipped index "t_part": it is a partial index (WHERE ...); only indexes on plain columns are created in the output',
      '5:1 skipped index "t_ops": it uses operator class text_pattern_ops; only indexes on plain columns are created in the output',
    ]);
  });

  it('skips, without failing the schema, an index on a table not created before it or on a missing column', () => {
    const sql = `CREATE INDEX early ON t (a);\n${T}CREATE INDEX odd ON t (nope);`;
    expect(indexesOf('postgres', sql)).toEqual([]);
    expect(warned('postgres', sql)).toEqual([
      '1:1 skipped index "early": table "t" is not created before it in this script; it is not created in the output',
      '3:1 skipped index "odd": table "t" has no column "nope"; it is not created in the output',
    ]);
  });

  it('leaves out, with a warning, an index on a column --omit-unsupported leaves out', () => {
    const sql = 'CREATE TABLE t (a int, g geometry);\nCREATE INDEX t_ag ON t (a, g);\nCREATE INDEX t_a ON t (a);';
    const r = read('postgres', sql, true);
    expect(tableOf(r.schema, 't').indexes).toEqual([{ name: 't_a', columns: ['a'] }]);
    expect(r.warnings.map((w) => w.message)).toContain('index "t_ag" is left out: its column "t.g" is left out of the generated data');
  });

  it('keeps CREATE UNIQUE INDEX a UNIQUE constraint, not a secondary index', () => {
    const t = tableOf(read('postgres', `${T}CREATE UNIQUE INDEX t_a ON t (a);`).schema, 't');
    expect([t.uniques, t.indexes]).toEqual([[{ name: 't_a', columns: ['a'] }], []]);
  });
});

describe('MySQL / MariaDB indexes', () => {
  it('reads inline KEY and INDEX, CREATE INDEX [USING BTREE|HASH] and ALTER TABLE ADD INDEX; a prefix key part is its column with its prefix length', () => {
    const sql = 'CREATE TABLE t (a INT, b TEXT, c VARCHAR(20), KEY ix_ab (a, b(10) DESC), INDEX (c) USING HASH, UNIQUE KEY u (a));\n'
      + 'CREATE INDEX ix_c USING BTREE ON t (c DESC);\nALTER TABLE t ADD INDEX ix_b (b(5)), ADD KEY (a, c);';
    expect(indexesOf('mysql', sql)).toEqual([
      { name: 'ix_ab', columns: ['a', 'b'], descending: [false, true], prefixes: [null, 10] },
      { columns: ['c'] },
      { name: 'ix_c', columns: ['c'], descending: [true] },
      { name: 'ix_b', columns: ['b'], prefixes: [5] },
      { columns: ['a', 'c'] },
    ]);
    expect(tableOf(read('mysql', sql).schema, 't').uniques).toEqual([{ name: 'u', columns: ['a'] }]);
    expect(warned('mysql', sql)).toEqual([]);
  });

  it('skips FULLTEXT/SPATIAL and functional keys with a warning naming them; drops an exact duplicate', () => {
    const sql = 'CREATE TABLE t (a INT, b TEXT, KEY k1 (a), KEY k2 (a), FULLTEXT KEY ft (b));\nCREATE INDEX fx ON t ((a + 1));';
    expect(indexesOf('mysql', sql)).toEqual([{ name: 'k1', columns: ['a'] }]);
    expect(warned('mysql', sql)).toEqual([
      '1:69 skipped index "ft": it is a FULLTEXT index; only indexes on plain columns are created in the output',
      '2:1 skipped index "fx": its key part (a + 1) is not a plain column; only indexes on plain columns are created in the output',
    ]);
  });

  it('says an unreadable CREATE FULLTEXT INDEX is not created', () => {
    expect(warned('mysql', 'CREATE TABLE t (b TEXT);\nCREATE FULLTEXT INDEX ft ON t (b);')).toEqual([
      '2:1 skipped CREATE INDEX: the parser could not read it, so this index is not created in the output',
    ]);
  });
});

describe('SQLite and SQL Server CREATE INDEX', () => {
  it('SQLite: plain and IF NOT EXISTS indexes are read; NOCASE and partial ones are skipped with a warning', () => {
    const sql = 'CREATE TABLE t (a INTEGER, b TEXT);\nCREATE INDEX ix ON t (a, b DESC);\nCREATE INDEX IF NOT EXISTS ix2 ON t (b);\nCREATE INDEX ix3 ON t (b COLLATE NOCASE);\nCREATE INDEX ix4 ON t (a) WHERE a > 1;';
    expect(indexesOf('sqlite', sql)).toEqual([{ name: 'ix', columns: ['a', 'b'], descending: [false, true] }, { name: 'ix2', columns: ['b'] }]);
    expect(warned('sqlite', sql).map((w) => w.split(': ')[0])).toEqual(['4:1 skipped index "ix3"', '5:1 skipped index "ix4"']);
  });

  it('SQL Server: CREATE NONCLUSTERED INDEX with INCLUDE and WITH (...) ON [PRIMARY] is read; a filtered one is skipped', () => {
    const sql = 'CREATE TABLE [dbo].[T] ([A] INT, [B] NVARCHAR(20), [C] INT);\n'
      + 'CREATE NONCLUSTERED INDEX [IX_T_AB] ON [dbo].[T] ([A] ASC, [B] DESC) INCLUDE ([C]) WITH (PAD_INDEX = OFF) ON [PRIMARY];\nCREATE INDEX IX_T_B ON T (B) WHERE B IS NOT NULL;';
    expect(indexesOf('mssql', sql, 'T')).toEqual([{ name: 'IX_T_AB', columns: ['A', 'B'], descending: [false, true] }]);
    expect(warned('mssql', sql)).toEqual(['3:1 skipped index "IX_T_B": it is a partial index (WHERE ...); only indexes on plain columns are created in the output']);
  });
});

describe('Rowforge schema JSON', () => {
  it('accepts indexes, and a table without them reads as having none', () => {
    const table = (name: string, extra: object) => ({ name, columns: [{ name: 'a', type: { kind: 'int', bits: 32 }, nullable: true }], ...extra });
    const json = { format: 'rowforge.schema', version: 1, tables: [table('t', { indexes: [{ name: 'ix', columns: ['a'], descending: [true] }] }), table('u', {})] };
    const { schema } = read('json', JSON.stringify(json));
    expect(tableOf(schema, 't').indexes).toEqual([{ name: 'ix', columns: ['a'], descending: [true] }]);
    expect(tableOf(schema, 'u').indexes).toEqual([]);
  });
});

describe('DROP INDEX', () => {
  const T = 'CREATE TABLE t (a int, b int, c int);\nCREATE TABLE u (a int);\n';

  it.each(['postgres', 'sqlite'] as const)('%s: DROP INDEX [IF EXISTS] removes an index read before; one re-created after it is the new one', (dialect) => {
    const sql = `${T}CREATE INDEX ix_b ON t (b);\nDROP INDEX ix_b;\nCREATE INDEX ix_b ON t (c);\nCREATE INDEX ix_a ON u (a);\nDROP INDEX IF EXISTS ix_a;`;
    expect(indexesOf(dialect, sql)).toEqual([{ name: 'ix_b', columns: ['c'] }]);
    expect(indexesOf(dialect, sql, 'u')).toEqual([]);
    expect(warned(dialect, sql)).toEqual([]);
  });

  it('PostgreSQL: a schema-qualified name and a list; a DROP INDEX of an index not read is still skipped with a warning', () => {
    const sql = `${T}CREATE INDEX ix_b ON t (b);\nCREATE INDEX ix_c ON t (c);\nDROP INDEX public.ix_b, ix_c;\nDROP INDEX IF EXISTS gone;`;
    expect(indexesOf('postgres', sql)).toEqual([]);
    expect(warned('postgres', sql)).toEqual(['6:1 skipped DROP INDEX: it does not shape the generated data']);
  });

  it('MySQL: DROP INDEX ix ON t and ALTER TABLE t DROP INDEX ix remove the index of that table only', () => {
    const sql = 'CREATE TABLE t (a INT, b INT, c INT, KEY ix_b (b), KEY ix_c (c));\nCREATE TABLE u (b INT, KEY ix_b (b));\n'
      + 'DROP INDEX ix_b ON t;\nALTER TABLE t ADD INDEX ix_a (a);\nALTER TABLE t DROP INDEX ix_a;';
    expect(indexesOf('mysql', sql)).toEqual([{ name: 'ix_c', columns: ['c'] }]);
    expect(indexesOf('mysql', sql, 'u')).toEqual([{ name: 'ix_b', columns: ['b'] }]);
    expect(warned('mysql', sql)).toEqual([]);
  });
});
