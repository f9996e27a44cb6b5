import { describe, expect, it } from 'vitest';
import { createSchema, loadOrder, type LogicalType, type Schema } from '../../schema/index.js';
import { indexNames } from './index-names.js';
import { renderCreateTables, renderPostLoad } from './render-create-tables.js';
import { indexStatements, leftOutIndexes } from './render-indexes.js';

const INT: LogicalType = { kind: 'int', bits: 32 };
const TEXT: LogicalType = { kind: 'string', variant: 'text' };
const col = (name: string, type: LogicalType = INT) => ({ name, type, nullable: true });

/** MySQL-style input: `idx_created` on both tables, an unnamed index, a TEXT and a JSON column. */
const schema: Schema = createSchema({
  format: 'rowforge.schema',
  version: 1,
  tables: [
    {
      name: 'authors', columns: [col('id'), col('name', { kind: 'string', variant: 'varchar', length: 80 }), col('bio', TEXT), col('created_at', { kind: 'timestamp', withTimeZone: false })],
      primaryKey: { columns: ['id'] },
      indexes: [{ name: 'idx_created', columns: ['created_at'] }, { name: 'idx_name_created', columns: ['name', 'created_at'], descending: [false, true] }, { columns: ['bio'] }],
    },
    {
      name: 'books', columns: [col('id'), col('author_id'), col('created_at', { kind: 'timestamp', withTimeZone: false }), col('meta', { kind: 'json', binary: false })],
      primaryKey: { columns: ['id'] },
      foreignKeys: [{ columns: ['author_id'], refTable: 'authors', refColumns: ['id'] }],
      indexes: [{ name: 'idx_created', columns: ['created_at'] }, { name: 'books_created_at_idx', columns: ['author_id'] }, { name: 'ix_meta', columns: ['meta'] }],
    },
  ],
});
const order = loadOrder(schema);

describe('indexNames', () => {
  it('keeps own names, renames one a second table repeats to <table>_<name>, names an unnamed one <table>_<columns>_idx', () => {
    const names = indexNames(schema, 'postgres');
    expect(schema.tables.flatMap((t) => (t.indexes ?? []).map((ix) => names.get(ix)))).toEqual([
      'idx_created', 'idx_name_created', 'authors_bio_idx', 'books_idx_created', 'books_created_at_idx', 'ix_meta',
    ]);
  });

  it('keeps a name repeated per table where names are per table (MySQL, SQL Server)', () => {
    const names = indexNames(schema, 'mysql');
    expect(schema.tables.map((t) => names.get(t.indexes?.[0] as never))).toEqual(['idx_created', 'idx_created']);
  });

  it('renames to <table>_<name> an index whose name the target schema already holds (reserved), not where names are per table', () => {
    const names = indexNames(schema, 'postgres', ['IDX_CREATED', 'books_idx_created', 'ix_meta']);
    expect(schema.tables.flatMap((t) => (t.indexes ?? []).map((ix) => names.get(ix)))).toEqual([
      'authors_idx_created', 'idx_name_created', 'authors_bio_idx', 'books_idx_created2', 'books_created_at_idx', 'books_ix_meta',
    ]);
    expect(indexStatements(schema, order, 'postgres', ['idx_created'])[0]).toBe('CREATE INDEX "authors_idx_created" ON "authors" ("created_at");');
    const mysql = indexNames(schema, 'mysql', ['idx_created']);
    expect(schema.tables.map((t) => mysql.get(t.indexes?.[0] as never))).toEqual(['idx_created', 'idx_created']);
  });

  it('never takes a table or constraint name, numbers a taken generated name, and fits 63 bytes', () => {
    const long = 'é'.repeat(40);
    const s = createSchema({
      format: 'rowforge.schema', version: 1, tables: [
        { name: 't', columns: [col('a'), col(long)], uniques: [{ name: 't_a_idx', columns: ['a'] }], indexes: [{ name: 't', columns: ['a'] }, { columns: ['a'] }, { columns: [long] }, { columns: [long] }] },
      ],
    });
    const names = [...indexNames(s, 'sqlite').values()];
    expect(names.slice(0, 2)).toEqual(['t_t', 't_a_idx2']);
    expect(names.every((n) => Buffer.byteLength(n) <= 63)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names[3]?.endsWith('_idx2')).toBe(true);
  });
});

describe('indexStatements / renderPostLoad', () => {
  it('PostgreSQL: CREATE INDEX per index, DESC kept; json (no btree opclass) becomes a comment', () => {
    expect(indexStatements(schema, order, 'postgres')).toEqual([
      'CREATE INDEX "idx_created" ON "authors" ("created_at");',
      'CREATE INDEX "idx_name_created" ON "authors" ("name", "created_at" DESC);',
      'CREATE INDEX "authors_bio_idx" ON "authors" ("bio");',
      'CREATE INDEX "books_idx_created" ON "books" ("created_at");',
      'CREATE INDEX "books_created_at_idx" ON "books" ("author_id");',
      '-- index ix_meta on books left out: column "meta" is json, which postgres cannot index',
    ]);
  });

  it('MySQL: TEXT by a 191-character prefix, JSON left out, names kept per table', () => {
    const sql = indexStatements(schema, order, 'mysql');
    expect(sql).toContain('CREATE INDEX `authors_bio_idx` ON `authors` (`bio`(191));');
    expect(sql).toContain('CREATE INDEX `idx_created` ON `books` (`created_at`);');
    expect(sql).toContain('-- index ix_meta on books left out: column "meta" is JSON, which mysql cannot index');
  });

  it('MySQL: a declared prefix is kept; string key parts share 3072 bytes (utf8mb4) when the whole columns would not fit', () => {
    const vc = (n: number): LogicalType => ({ kind: 'string', variant: 'varchar', length: n });
    const s = createSchema({
      format: 'rowforge.schema', version: 1, tables: [{
        name: 'addr', columns: [col('id'), col('country', vc(255)), col('state', vc(255)), col('city', vc(255)), col('street', vc(255)), col('zip', vc(10)), col('line1', vc(500)), col('notes', vc(2048))],
        indexes: [
          { name: 'loc', columns: ['country', 'state', 'city', 'street'] },
          { name: 'full', columns: ['line1', 'city'], prefixes: [100, null] },
          { name: 'mixed', columns: ['id', 'zip', 'notes', 'line1'] },
          { name: 'small', columns: ['zip', 'city'] },
        ],
      }],
    });
    expect(indexStatements(s, loadOrder(s), 'mysql')).toEqual([
      'CREATE INDEX `loc` ON `addr` (`country`(192), `state`(192), `city`(192), `street`(192));',
      'CREATE INDEX `full` ON `addr` (`line1`(100), `city`);',
      'CREATE INDEX `mixed` ON `addr` (`id`, `zip`, `notes`(375), `line1`(375));',
      'CREATE INDEX `small` ON `addr` (`zip`, `city`);',
    ]);
    expect(indexStatements(s, loadOrder(s), 'postgres')[1]).toBe('CREATE INDEX "full" ON "addr" ("line1", "city");');
  });

  it('leftOutIndexes names each index a target cannot build, with why', () => {
    expect(leftOutIndexes(schema, 'postgres')).toEqual([{ table: 'books', index: 'ix_meta', why: 'column "meta" is json, which postgres cannot index' }]);
    expect(leftOutIndexes(schema, 'mysql')).toEqual([{ table: 'books', index: 'ix_meta', why: 'column "meta" is JSON, which mysql cannot index' }]);
    expect(leftOutIndexes(schema, 'sqlite')).toEqual([]);
  });

  it('SQL Server leaves out an index on NVARCHAR(MAX); SQLite indexes anything', () => {
    expect(indexStatements(schema, order, 'mssql')).toContain('-- index authors_bio_idx on authors left out: column "bio" is NVARCHAR(MAX), which mssql cannot index');
    expect(indexStatements(schema, order, 'sqlite')).toContain('CREATE INDEX "ix_meta" ON "books" ("meta");');
  });

  it('are what renderPostLoad runs first (after the data), never part of renderCreateTables', () => {
    for (const target of ['postgres', 'mysql', 'sqlite', 'mssql'] as const) {
      const post = renderPostLoad(schema, order, target);
      expect(post.startsWith(indexStatements(schema, order, target).join('\n'))).toBe(true);
      expect(renderCreateTables(schema, order, target)).not.toContain('CREATE INDEX');
    }
  });

  it('is empty for a schema without indexes, and skips an index on a column the table lacks', () => {
    const bare = createSchema({ format: 'rowforge.schema', version: 1, tables: [{ name: 't', columns: [col('a')] }] });
    expect(indexStatements(bare, loadOrder(bare), 'postgres')).toEqual([]);
    const odd = createSchema({ format: 'rowforge.schema', version: 1, tables: [{ name: 't', columns: [col('a')], indexes: [{ name: 'ix', columns: ['b'] }] }] });
    expect(indexStatements(odd, loadOrder(odd), 'postgres')).toEqual(['-- index ix on t left out: the table has no column b']);
  });
});
