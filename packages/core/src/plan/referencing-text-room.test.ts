import { describe, expect, it } from 'vitest';
import type { Column, ForeignKey, LogicalType, Schema, Table } from '../schema/index.js';
import { referencingTextRoom } from './referencing-text-room.js';

const str = (length?: number): LogicalType => ({ kind: 'string', variant: length === undefined ? 'text' : 'varchar', ...(length === undefined ? {} : { length }) });
const col = (name: string, type: LogicalType): Column => ({ name, type, nullable: false });
const fk = (columns: string[], refTable: string, refColumns: string[]): ForeignKey => ({ columns, refTable, refColumns, deferrable: false, initiallyDeferred: false });
const table = (name: string, columns: Column[], pk: string[], foreignKeys: ForeignKey[] = []): Table =>
  ({ name, columns, primaryKey: { columns: pk }, uniques: [], checks: [], foreignKeys });
const schemaOf = (...tables: Table[]): Schema => ({ format: 'rowforge.schema', version: 1, tables });
const room = (schema: Schema, t: string, c: string) => {
  const tb = schema.tables.find((x) => x.name === t) as Table;
  const r = referencingTextRoom(schema, tb, tb.columns.find((x) => x.name === c) as Column);
  return r && `${r.table.name}.${r.column.name}:${r.length}`;
};

const accounts = table('accounts', [col('id', str()), col('name', str())], ['id']);

describe('referencingTextRoom', () => {
  it('gives the narrowest bounded string column of the foreign keys referring to the key', () => {
    const notes = table('notes', [col('id', { kind: 'int', bits: 32 }), col('account_id', str(20))], ['id'], [fk(['account_id'], 'accounts', ['id'])]);
    const tags = table('tags', [col('id', str(4)), col('account_id', str(12))], ['id'], [fk(['account_id'], 'Accounts', [])]);
    const s = schemaOf(accounts, notes, tags);
    expect(room(s, 'accounts', 'id')).toBe('tags.account_id:12');
    expect(room(s, 'accounts', 'name')).toBeUndefined();
    expect(room(s, 'tags', 'id')).toBeUndefined();
  });

  it('follows chains through keys that are foreign keys themselves, and stops at cycles', () => {
    const profiles = table('profiles', [col('account_id', str(30))], ['account_id'], [fk(['account_id'], 'accounts', ['id'])]);
    const notes = table('notes', [col('profile_id', str(6))], [], [fk(['profile_id'], 'profiles', ['account_id'])]);
    expect(room(schemaOf(accounts, profiles, notes), 'accounts', 'id')).toBe('notes.profile_id:6');
    const a = table('a', [col('id', str()), col('b_id', str(9))], ['id'], [fk(['b_id'], 'b', ['id'])]);
    const b = table('b', [col('id', str()), col('a_id', str(7))], ['id'], [fk(['a_id'], 'a', ['id'])]);
    const cyclic = schemaOf(a, b);
    expect(room(cyclic, 'a', 'id')).toBe('b.a_id:7');
    expect(room(cyclic, 'b', 'id')).toBe('a.b_id:9');
  });

  it('pairs the columns of a composite foreign key by position, and ignores unbounded ones', () => {
    const items = table('items', [col('tenant', str()), col('code', str())], ['tenant', 'code']);
    const refs = table('refs', [col('t', str(6)), col('c', str())], [], [fk(['t', 'c'], 'items', ['tenant', 'code'])]);
    const s = schemaOf(items, refs);
    expect(room(s, 'items', 'tenant')).toBe('refs.t:6');
    expect(room(s, 'items', 'code')).toBeUndefined();
  });
});
