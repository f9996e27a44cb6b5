import { describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import type { Column, LogicalType, Schema, Table } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { checkReferencedText } from './check-referenced-text.js';
import type { Plan } from './plan-schema.js';

const str = (length?: number): LogicalType => ({ kind: 'string', variant: length === undefined ? 'text' : 'varchar', ...(length === undefined ? {} : { length }) });
const col = (name: string, type: LogicalType): Column => ({ name, type, nullable: false });
const accounts: Table = { name: 'accounts', columns: [col('id', str())], primaryKey: { columns: ['id'] }, uniques: [], checks: [], foreignKeys: [] };
const notes: Table = {
  name: 'notes', columns: [col('account_id', str(20))], uniques: [], checks: [],
  foreignKeys: [{ columns: ['account_id'], refTable: 'accounts', refColumns: ['id'], deferrable: false, initiallyDeferred: false }],
};
const schema: Schema = { format: 'rowforge.schema', version: 1, tables: [accounts, notes] };
const planWith = (id: ColumnSpec): Plan => ({
  format: 'rowforge.plan', version: 1, seed: '1', referenceDate: '2026-01-01', locale: 'en_US', defaultRows: 200,
  tables: { accounts: { rows: 200, columns: { id }, foreignKeys: [] }, notes: { rows: 200, columns: { account_id: { generator: 'foreignKey' } }, foreignKeys: [] } },
});

describe('checkReferencedText', () => {
  it('refuses a plan whose key values are longer than a column that copies them', () => {
    let error: unknown;
    try { checkReferencedText(schema, planWith({ generator: 'uuid', unique: true })); } catch (e) { error = e; }
    expect(isRowforgeError(error) && error.code).toBe('PLAN_CONTRADICTS_SCHEMA');
    expect((error as Error).message).toContain('makes values of up to 36 characters but "notes.account_id" (varchar(20)), which holds its keys, has room for 20');
  });

  it('accepts values that fit', () => {
    expect(() => checkReferencedText(schema, planWith({ generator: 'identifier', kind: 'token', unique: true }))).not.toThrow();
  });

  it("judges generators whose length follows the column by the column's length: a TEXT email key may be too long", () => {
    expect(() => checkReferencedText(schema, planWith({ generator: 'email', unique: true }))).toThrow(/makes values of any length/);
    const narrow: Schema = { ...schema, tables: [{ ...accounts, columns: [col('id', str(20))] }, notes] };
    expect(() => checkReferencedText(narrow, planWith({ generator: 'email', unique: true }))).not.toThrow();
  });
});
