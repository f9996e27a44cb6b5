import { RowforgeError } from '../errors/index.js';
import { baseType, describeType, type LogicalType } from './logical-type.js';
import { findColumn, findTable, type Schema } from './schema.js';
import type { Column, Table } from './table.js';

function fail(code: ConstructorParameters<typeof RowforgeError>[0], msg: string, details: Record<string, unknown>): never {
  throw new RowforgeError(code, msg, details);
}

function checkNames(table: Table): void {
  if (table.columns.length === 0) fail('SCHEMA_NO_COLUMNS', `table "${table.name}" has no columns`, { table: table.name });
  const seen = new Set<string>();
  for (const c of table.columns) {
    const key = c.name.toLowerCase();
    if (seen.has(key)) fail('SCHEMA_DUPLICATE_COLUMN', `table "${table.name}" declares column "${c.name}" twice`, { table: table.name, column: c.name });
    seen.add(key);
  }
}

function checkColumnList(table: Table, cols: readonly string[], what: string): void {
  for (const c of cols) {
    if (!findColumn(table, c)) {
      fail('SCHEMA_UNKNOWN_COLUMN', `${what} on "${table.name}" names unknown column "${c}"`, { table: table.name, column: c, constraint: what });
    }
  }
}

function checkEnums(table: Table, col: Column): void {
  const walk = (t: LogicalType): void => {
    if (t.kind === 'enum' && t.values.length === 0) {
      fail('ENUM_EMPTY', `column "${table.name}.${col.name}" has an enum type with no values`, { table: table.name, column: col.name, hint: 'give the enum at least one value' });
    }
    if (t.kind === 'array') walk(t.element);
    if (t.kind === 'domain') walk(t.base);
  };
  walk(col.type);
}

/** Types a foreign key may join: same family (ints with ints, text with text, ...). */
function family(t: LogicalType): string {
  const b = baseType(t);
  if (b.kind === 'int') return 'int';
  if (b.kind === 'decimal' || b.kind === 'float') return 'number';
  if (b.kind === 'string' || b.kind === 'enum') return 'text';
  if (b.kind === 'timestamp') return 'timestamp';
  return b.kind;
}

function isUniqueKey(parent: Table, cols: readonly string[]): boolean {
  const same = (k: readonly string[]): boolean =>
    k.length === cols.length && k.every((c) => cols.some((x) => x.toLowerCase() === c.toLowerCase()));
  return (parent.primaryKey !== undefined && same(parent.primaryKey.columns)) || parent.uniques.some((u) => same(u.columns));
}

function checkForeignKeys(schema: Schema, table: Table): void {
  for (const fk of table.foreignKeys) {
    const label = fk.name ?? `FOREIGN KEY (${fk.columns.join(', ')}) on "${table.name}"`;
    checkColumnList(table, fk.columns, label);
    const parent = findTable(schema, fk.refTable);
    if (!parent) fail('FK_UNKNOWN_TABLE', `${label} references missing table "${fk.refTable}"`, { table: table.name, constraint: label });
    if (fk.refColumns.length !== fk.columns.length) {
      fail('FK_ARITY', `${label} has ${fk.columns.length} column(s) but references ${fk.refColumns.length}`, { table: table.name, constraint: label });
    }
    fk.refColumns.forEach((rc, i) => {
      const pc = findColumn(parent, rc);
      if (!pc) fail('FK_UNKNOWN_COLUMN', `${label} references missing column "${parent.name}.${rc}"`, { table: table.name, constraint: label });
      const cc = findColumn(table, fk.columns[i] as string) as Column;
      if (family(cc.type) !== family(pc.type)) {
        fail('FK_TYPE_MISMATCH', `${label}: "${table.name}.${cc.name}" is ${describeType(cc.type)} but "${parent.name}.${pc.name}" is ${describeType(pc.type)}`, {
          table: table.name, column: cc.name, constraint: label, hint: 'make both columns the same type',
        });
      }
    });
    if (!isUniqueKey(parent, fk.refColumns)) {
      fail('FK_TARGET_NOT_UNIQUE', `${label} references "${parent.name}(${fk.refColumns.join(', ')})", which is not a primary key or UNIQUE`, {
        table: table.name, constraint: label, hint: 'reference the primary key or a UNIQUE column set',
      });
    }
  }
}

/**
 * Checks a schema's internal consistency and throws the first problem as a
 * RowforgeError: duplicate names, unknown columns in keys, foreign keys to missing
 * tables/columns or non-unique targets, type mismatches, empty enums. NOT NULL foreign-key cycles
 * are not refused: one edge per cycle is loaded late (see `loadOrder`'s `lateEdges`).
 */
export function checkSchema(schema: Schema): void {
  const seen = new Set<string>();
  for (const t of schema.tables) {
    if (seen.has(t.name.toLowerCase())) fail('SCHEMA_DUPLICATE_TABLE', `table "${t.name}" is declared twice`, { table: t.name });
    seen.add(t.name.toLowerCase());
    checkNames(t);
    if (t.primaryKey) checkColumnList(t, t.primaryKey.columns, 'PRIMARY KEY');
    t.uniques.forEach((u) => checkColumnList(t, u.columns, u.name ?? `UNIQUE (${u.columns.join(', ')})`));
    t.columns.forEach((c) => checkEnums(t, c));
  }
  for (const t of schema.tables) checkForeignKeys(schema, t);
}
