import { checkSchema, createSchema, type Column, type LogicalType, type Schema, type Table } from '../../schema/index.js';

/** Terse helpers to build schemas by hand in tests. */
export const int: LogicalType = { kind: 'int', bits: 32 };
export const text = (length?: number): LogicalType => ({ kind: 'string', variant: length ? 'varchar' : 'text', ...(length ? { length } : {}) });
export const date: LogicalType = { kind: 'date' };

export function col(name: string, type: LogicalType, extra: Partial<Column> = {}): Column {
  return { name, type, nullable: false, ...extra };
}

export function table(name: string, columns: Column[], extra: Partial<Table> = {}): Table {
  return { name, columns, uniques: [], foreignKeys: [], checks: [], ...extra };
}

export function schemaOf(...tables: Table[]): Schema {
  const s = createSchema({ format: 'rowforge.schema', version: 1, tables });
  checkSchema(s);
  return s;
}

export function fk(columns: string[], refTable: string, refColumns: string[], extra: Partial<Table['foreignKeys'][number]> = {}): Table['foreignKeys'][number] {
  return { columns, refTable, refColumns, deferrable: false, initiallyDeferred: false, ...extra };
}
