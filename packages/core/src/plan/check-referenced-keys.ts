import { RowforgeError } from '../errors/index.js';
import type { Column, Schema, Table } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import type { Plan } from './plan-schema.js';
import { describeKeyType, referencingColumns, type ReferencingColumn } from './referencing-columns.js';
import { sequenceRoomIn } from './sequence-room.js';

const n = (x: number): string => x.toLocaleString('en-US');

function tooManyKeys(table: Table, column: Column, rows: number, r: ReferencingColumn, room: number): never {
  const child = `"${r.table.name}.${r.column.name}" (${describeKeyType(r.column)})`;
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `"${table.name}" has ${n(rows)} rows but ${child}, which refers to "${table.name}.${column.name}", holds only ${n(room)} of its keys`, {
    table: table.name, column: column.name, hint: `lower "${table.name}" to at most ${room} rows, e.g. --rows-for ${table.name}=${room}, or widen "${r.table.name}.${r.column.name}" to the type of "${table.name}.${column.name}"`,
  });
}

function outOfRange(table: Table, column: Column, spec: { min: number; max: number }, r: ReferencingColumn): never {
  const child = `"${r.table.name}.${r.column.name}" (${describeKeyType(r.column)})`;
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `plan for "${table.name}.${column.name}" makes values ${spec.min}…${spec.max} but ${child}, which refers to it, holds only ${r.range[0]}…${r.range[1]}`, {
    table: table.name, column: column.name, hint: `keep the plan's min and max for "${table.name}.${column.name}" within ${r.range[0]}…${r.range[1]}, or widen "${r.table.name}.${r.column.name}"`,
  });
}

function checkFits(table: Table, column: Column, spec: ColumnSpec, rows: number, r: ReferencingColumn): void {
  if (spec.generator === 'sequence' && sequenceRoomIn(spec, r.range) < rows) tooManyKeys(table, column, rows, r, sequenceRoomIn(spec, r.range));
  if (spec.generator === 'int' && rows > 0 && (spec.min < r.range[0] || spec.max > r.range[1])) outOfRange(table, column, spec, r);
}

/**
 * Checks that every numeric single-column foreign key holds the keys it copies: a parent with
 * 40,000 rows keyed 1, 2, 3 … does not fit a `SMALLINT` child column (PLAN_CONTRADICTS_SCHEMA,
 * with the row count that fits as the hint).
 */
export function checkReferencedKeys(schema: Schema, plan: Plan): void {
  for (const table of schema.tables) {
    const tp = plan.tables[table.name];
    for (const column of table.columns) {
      const spec = tp?.columns[column.name];
      if (tp && spec) referencingColumns(schema, table, column).forEach((r) => checkFits(table, column, spec, tp.rows, r));
    }
  }
}
