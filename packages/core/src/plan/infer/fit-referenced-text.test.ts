import { describe, expect, it } from 'vitest';
import { isRowforgeError } from '../../errors/index.js';
import type { Column, ForeignKey, LogicalType, Schema, Table } from '../../schema/index.js';
import { domainChecks, maxLengthOf } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { columnContext, withRoom } from './column-context.js';
import { fitReferencing } from './fit-referencing.js';
import { inferColumn } from './infer-column.js';

const str = (length?: number): LogicalType => ({ kind: 'string', variant: length === undefined ? 'text' : 'varchar', ...(length === undefined ? {} : { length }) });
const col = (name: string, type: LogicalType): Column => ({ name, type, nullable: false });
const fk = (columns: string[], refTable: string, refColumns: string[]): ForeignKey => ({ columns, refTable, refColumns, deferrable: false, initiallyDeferred: false });

/** `accounts(id <parent>)` and `notes(account_id <child>)` referring to it. */
function schemaOf(parent: LogicalType, child: LogicalType | undefined): Schema {
  const accounts: Table = { name: 'accounts', columns: [col('id', parent), col('name', str())], primaryKey: { columns: ['id'] }, uniques: [], checks: [], foreignKeys: [] };
  const notes: Table = { name: 'notes', columns: [col('account_id', child ?? str())], uniques: [], checks: [], foreignKeys: child ? [fk(['account_id'], 'accounts', ['id'])] : [] };
  return { format: 'rowforge.schema', version: 1, tables: [accounts, notes] };
}

/** The spec `planFor` gives the first column of the schema's first table. */
function planned(schema: Schema, rows: number, column = 'id'): ColumnSpec {
  const table = schema.tables[0] as Table;
  const ctx = columnContext(table, table.columns.find((c) => c.name === column) as Column, '2026-01-01', rows);
  return fitReferencing(schema, ctx, inferColumn(ctx));
}

describe('fitReferencing: string keys foreign keys copy into narrower columns', () => {
  it('keeps UUIDs where every referencing column holds them', () => {
    expect(planned(schemaOf(str(), undefined), 200)).toEqual({ generator: 'uuid', unique: true });
    expect(planned(schemaOf(str(), str(36)), 200)).toEqual({ generator: 'uuid', unique: true });
  });

  it('gives row tokens where a referencing column is shorter than a UUID (PostgreSQL TEXT, MySQL VARCHAR(64))', () => {
    expect(planned(schemaOf(str(), str(20)), 200)).toEqual({ generator: 'identifier', kind: 'token', unique: true });
    expect(planned(schemaOf(str(64), str(16)), 2000)).toEqual({ generator: 'identifier', kind: 'token', unique: true });
    expect(planned(schemaOf(str(), str(8)), 100_000)).toEqual({ generator: 'identifier', kind: 'token', unique: true });
  });

  it('gives tokens as long as the room where even a row token is too long', () => {
    expect(planned(schemaOf(str(), str(5)), 5000)).toEqual({ generator: 'regex', pattern: '[0-9A-HJ-NP-Z]{5}', unique: true });
    expect(planned(schemaOf(str(40), str(2)), 1000)).toEqual({ generator: 'regex', pattern: '[0-9A-HJ-NP-Z]{2}', unique: true });
  });

  it('refuses a key with more rows than the room has distinct values, naming the narrow column', () => {
    let error: unknown;
    try { planned(schemaOf(str(), str(2)), 10_000); } catch (e) { error = e; }
    expect(isRowforgeError(error) && error.code).toBe('PLAN_CONTRADICTS_SCHEMA');
    expect(String((error as Error).message)).toContain('"accounts" has 10,000 rows but "notes.account_id" (varchar(2)), which holds the keys of "accounts.id", has room for only 1,156 distinct keys');
  });

  it('leaves keys of other types and unreferenced columns as inferred', () => {
    expect(planned(schemaOf({ kind: 'uuid' }, str(20)), 200)).toEqual({ generator: 'uuid' });
    expect(planned(schemaOf(str(), str(5)), 200, 'name')).toEqual(inferColumn(columnContext(schemaOf(str(), str(5)).tables[0] as Table, col('name', str()), '2026-01-01', 200)));
  });
});

describe('withRoom', () => {
  it('narrows what inference reads as the length, keeping a domain and its CHECKs, never widening', () => {
    const table = schemaOf(str(), undefined).tables[0] as Table;
    const domain: LogicalType = { kind: 'domain', name: 'code', base: str(), notNull: false, checks: [{ kind: 'literal', value: true } as never] };
    const ctx = (type: LogicalType) => columnContext(table, col('id', type), '2026-01-01', 10);
    expect(maxLengthOf(withRoom(ctx(str()), 20).column)).toBe(20);
    expect(maxLengthOf(withRoom(ctx(str(12)), 20).column)).toBe(12);
    const narrowed = withRoom(ctx(domain), 7).column;
    expect(maxLengthOf(narrowed)).toBe(7);
    expect(domainChecks(narrowed.type)).toHaveLength(1);
    expect(withRoom(ctx({ kind: 'uuid' }), 7).column.type).toEqual({ kind: 'uuid' });
  });
});
