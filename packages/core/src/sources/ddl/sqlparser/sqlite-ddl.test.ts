import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../__fixtures__/fixture-text.js';
import { columnOf, tableOf } from '../../__fixtures__/schema-lookup.js';
import { loadParsers } from '../../load-parsers.js';
import { parseSchema } from '../../parse-schema.js';

await loadParsers();

describe('SQLite feature corpus (sqlite-features.sql)', () => {
  const { schema, dialect, warnings } = parseSchema(fixtureText('sqlite-features.sql'));
  const col = (t: string, c: string) => columnOf(schema, t, c);

  it('is detected as SQLite and skips sqlite_sequence', () => {
    expect(dialect).toBe('sqlite');
    expect(schema.tables.map((t) => t.name)).toEqual(['artists', 'albums', 'tracks', 'play log']);
  });

  it('reads INTEGER PRIMARY KEY AUTOINCREMENT and affinity type names', () => {
    expect(col('artists', 'id')).toEqual({ name: 'id', type: { kind: 'int', bits: 32 }, nullable: false, autoIncrement: 'auto-increment' });
    expect(col('albums', 'id').autoIncrement).toBeUndefined();
    expect(col('artists', 'active')).toMatchObject({ type: { kind: 'boolean' }, default: { kind: 'literal', value: true } });
    expect(col('artists', 'rating').type).toEqual({ kind: 'float', bits: 64 });
    expect(col('artists', 'fee').type).toEqual({ kind: 'decimal', precision: 8, scale: 2 });
    expect(col('artists', 'photo').type).toEqual({ kind: 'bytes' });
    expect(col('artists', 'updated')).toMatchObject({ type: { kind: 'timestamp', withTimeZone: false }, default: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' } });
    expect(col('tracks', 'duration_ms').type).toEqual({ kind: 'int', bits: 64 });
  });

  it('reads an untyped column as text, with a warning', () => {
    expect(col('artists', 'misc').type).toEqual({ kind: 'string', variant: 'text' });
    expect(warnings.find((w) => w.message.includes('artists.misc'))).toMatchObject({ line: 14, column: 3 });
  });

  it('reads STRICT and WITHOUT ROWID tables, DEFERRABLE and composite foreign keys', () => {
    expect(tableOf(schema, 'albums').foreignKeys[0]).toMatchObject({ refTable: 'artists', onDelete: 'CASCADE', deferrable: false });
    expect(tableOf(schema, 'tracks').primaryKey).toEqual({ columns: ['album_id', 'track_no'] });
    expect(tableOf(schema, 'tracks').foreignKeys[0]).toMatchObject({ deferrable: true, initiallyDeferred: true });
    expect(tableOf(schema, 'play log').foreignKeys[0]).toMatchObject({ columns: ['album_id', 'track_no'], refTable: 'tracks', refColumns: ['album_id', 'track_no'] });
  });

  it('reads CHECK IN lists and length()', () => {
    expect(tableOf(schema, 'albums').checks[1]?.expr).toMatchObject({ kind: 'in', values: [{ value: 'lp' }, { value: 'ep' }, { value: 'single' }] });
    expect(tableOf(schema, 'tracks').checks[0]?.expr).toMatchObject({ left: { kind: 'call', name: 'length' } });
  });

  it('reads CREATE INDEX as a secondary index', () => {
    expect(tableOf(schema, 'albums').indexes).toEqual([{ name: 'idx_albums_title', columns: ['title'] }]);
  });

  it('warns about PRAGMA, inserts, views and triggers; BEGIN TRANSACTION/COMMIT are silent', () => {
    expect(warnings.filter((w) => w.message.startsWith('skipped')).map((w) => w.message.split(':')[0])).toEqual([
      'skipped PRAGMA', 'skipped CREATE TABLE "sqlite_sequence"', 'skipped INSERT',
      'skipped CREATE VIEW', 'skipped CREATE TRIGGER',
    ]);
  });

  it('accepts WITHOUT ROWID, STRICT together', () => {
    const r = parseSchema('CREATE TABLE t (id INTEGER PRIMARY KEY) WITHOUT ROWID, STRICT;', { dialect: 'sqlite' });
    expect(r.schema.tables[0]?.primaryKey).toEqual({ columns: ['id'] });
  });
});
