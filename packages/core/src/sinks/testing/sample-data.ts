import { createSchema, loadOrder, type GeneratedData, type Row, type RowRange, type Schema, type Table, type TableData } from '../../schema/index.js';
import { daysFromCivil } from '../../util/index.js';

/**
 * Test support: a {@link TableData} over fixed rows, yielding batches of `batchSize`
 * (copies, so writers cannot rely on holding them).
 */
export function fixedTableData(table: Table, rows: readonly Row[], batchSize = 2): TableData {
  return {
    table,
    rowCount: rows.length,
    *batches(range?: RowRange) {
      const start = range?.start ?? 0;
      const end = range?.end ?? rows.length;
      for (let i = start; i < end; i += batchSize) yield rows.slice(i, Math.min(end, i + batchSize)).map((r) => [...r]);
    },
  };
}

/** Test support: a whole run over fixed rows per table. */
export function fixedData(schema: Schema, rows: Readonly<Record<string, readonly Row[]>>, batchSize = 2): GeneratedData {
  const order = loadOrder(schema);
  const byName = new Map(schema.tables.map((t) => [t.name, t]));
  return {
    schema,
    order,
    tables: order.tables.map((n) => fixedTableData(byName.get(n) as Table, rows[n] ?? [], batchSize)),
    seed: '42',
    planHash: 'feedc0de',
    generatorVersion: '0.0.0-test',
  };
}

const int = (bits: 16 | 32 | 64) => ({ kind: 'int', bits }) as const;
const varchar = (length: number) => ({ kind: 'string', variant: 'varchar', length }) as const;
const col = (name: string, type: unknown, nullable = true, extra: Record<string, unknown> = {}) => ({ name, type, nullable, ...extra });
const fk = (columns: string[], refTable: string, refColumns: string[], extra: Record<string, unknown> = {}) => ({ columns, refTable, refColumns, ...extra });
const gt = (name: string, value: number) => ({ kind: 'binary', op: '>', left: { kind: 'column', name }, right: { kind: 'literal', value } });

/**
 * A small schema exercising the SQL emitters: identity, composite PK/FK, a named and an
 * inline enum, a domain, CHECKs, an array, decimals, a nullable FK cycle
 * (departments.head_id ↔ employees.department_id) and a self-reference.
 */
export const shopSchema: Schema = createSchema({
  format: 'rowforge.schema',
  version: 1,
  tables: [
    {
      name: 'Companies',
      columns: [
        col('id', int(64), false, { autoIncrement: 'identity-by-default' }),
        col('name', varchar(100), false),
        col('country', { kind: 'string', variant: 'char', length: 2 }, true, { default: { kind: 'literal', value: 'US' } }),
        col('founded', { kind: 'date' }),
        col('active', { kind: 'boolean' }, true, { default: { kind: 'literal', value: true } }),
        col('rating', { kind: 'decimal', precision: 3, scale: 1 }),
        col('tags', { kind: 'array', element: { kind: 'string', variant: 'text' } }),
        col('logo', { kind: 'bytes' }),
        col('meta', { kind: 'json', binary: true }),
        col('created_at', { kind: 'timestamp', withTimeZone: true }, false, { default: { kind: 'expression', sql: 'now()' } }),
      ],
      primaryKey: { columns: ['id'] },
      uniques: [{ name: 'companies_name_key', columns: ['name'] }],
      checks: [{ name: 'rating_range', expr: { kind: 'between', operand: { kind: 'column', name: 'rating' }, low: { kind: 'literal', value: 0 }, high: { kind: 'literal', value: 5 }, negated: false }, sql: 'rating BETWEEN 0 AND 5' }],
      comment: "Companies we've met",
    },
    {
      name: 'departments',
      columns: [col('id', int(32), false), col('company_id', int(64), false), col('name', varchar(50), false), col('head_id', int(32))],
      primaryKey: { columns: ['id'] },
      foreignKeys: [fk(['company_id'], 'Companies', ['id'], { onDelete: 'CASCADE' }), fk(['head_id'], 'employees', ['id'], { name: 'departments_head_fk' })],
    },
    {
      name: 'employees',
      columns: [
        col('id', int(32), false),
        col('department_id', int(32), false),
        col('manager_id', int(32)),
        col('email', { kind: 'domain', name: 'email_address', base: varchar(200), notNull: false, checks: [{ kind: 'like', operand: { kind: 'value' }, pattern: { kind: 'literal', value: '%@%' }, negated: false, caseInsensitive: false }] }, false),
        col('status', { kind: 'enum', name: 'emp_status', values: ['active', 'on leave', "it's over"] }, false),
        col('level', { kind: 'enum', values: ['junior', 'senior'] }),
        col('salary', { kind: 'decimal', precision: 10, scale: 2 }, false),
        col('uid', { kind: 'uuid' }),
        col('starts', { kind: 'time' }),
        col('score', { kind: 'float', bits: 32 }),
        col('bio', { kind: 'string', variant: 'text' }, true, { comment: 'free text' }),
        col('hired', { kind: 'timestamp', withTimeZone: false }),
      ],
      primaryKey: { columns: ['id'] },
      uniques: [{ columns: ['email'] }],
      foreignKeys: [fk(['department_id'], 'departments', ['id']), fk(['manager_id'], 'employees', ['id'], { onDelete: 'SET NULL' })],
      checks: [{ expr: gt('salary', 0), sql: 'salary > 0' }],
    },
    {
      name: 'orders',
      columns: [col('company_id', int(64), false), col('order_no', int(32), false), col('total', { kind: 'decimal', precision: 12, scale: 2 })],
      primaryKey: { name: 'PRIMARY', columns: ['company_id', 'order_no'] },
      foreignKeys: [fk(['company_id'], 'Companies', ['id'])],
    },
    {
      name: 'order lines',
      columns: [col('company_id', int(64), false), col('order_no', int(32), false), col('line_no', int(16), false), col('qty', int(32), false)],
      primaryKey: { name: 'PRIMARY', columns: ['company_id', 'order_no', 'line_no'] },
      foreignKeys: [fk(['company_id', 'order_no'], 'orders', ['company_id', 'order_no'])],
      checks: [{ expr: gt('qty', 0), sql: 'qty > 0' }],
    },
  ],
});

const day = (y: number, m: number, d: number): number => daysFromCivil(y, m, d);
const ts = (iso: string): number => Date.parse(iso);

/** Rows for {@link shopSchema}: awkward text, edge dates, NULLs, a filled cycle. */
export const shopRows: Readonly<Record<string, readonly Row[]>> = {
  Companies: [
    [1, 'Acme, Inc.', 'US', day(2000, 2, 29), true, 4.5, ['a', 'b c', null, '', 'q"\\'], new Uint8Array([0, 255, 10]), '{"k": "v\\"q"}', ts('2024-01-02T03:04:05.678Z')],
    [2, 'O\'Brien "Quotes"\nLtd', null, -1, false, null, [], null, null, 0],
    [3, ' lead space', 'DE', day(2100, 3, 1), null, 0, null, new Uint8Array([]), '[]', ts('2000-01-01T00:00:00Z')],
  ],
  departments: [
    [10, 1, 'R&D', 100],
    [11, 2, 'Sales', null],
  ],
  employees: [
    [100, 10, 101, 'ann@example.com', 'active', 'senior', 1234.5, '0f8fad5b-d9cb-469f-a165-70867728950e', 3723, Math.fround(0.1), 'Tab\there; semi;colon', ts('1969-12-31T23:59:59.999Z')],
    [101, 10, null, 'bob@example.com', "it's over", null, 99999999.99, null, 0, null, 'back\\slash ünïcödé 😀', null],
    [102, 11, 100, 'cy@example.com', 'on leave', 'junior', 0.01, null, 86399, -1.5, '', ts('2100-02-28T12:00:00Z')],
  ],
  orders: [
    [1, 1, 10.5],
    [1, 2, null],
    [2, 1, 0],
  ],
  'order lines': [
    [1, 1, 1, 2],
    [1, 1, 2, 1],
    [2, 1, 1, 7],
  ],
};

/** Two tables referencing each other through NOT NULL, DEFERRABLE foreign keys. */
export const deferrableSchema: Schema = createSchema({
  format: 'rowforge.schema',
  version: 1,
  tables: [
    { name: 'a', columns: [col('id', int(32), false), col('b_id', int(32), false)], primaryKey: { columns: ['id'] }, foreignKeys: [fk(['b_id'], 'b', ['id'], { deferrable: true, initiallyDeferred: true })] },
    { name: 'b', columns: [col('id', int(32), false), col('a_id', int(32), false)], primaryKey: { columns: ['id'] }, foreignKeys: [fk(['a_id'], 'a', ['id'], { deferrable: true })] },
  ],
});

export const deferrableRows: Readonly<Record<string, readonly Row[]>> = {
  a: [[1, 2], [2, 1]],
  b: [[1, 1], [2, 2]],
};
