import { RowforgeError } from '../errors/index.js';
import type { Column, Schema, Table } from '../schema/index.js';
import { baseType, describeType } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import type { Plan } from './plan-schema.js';
import { referencingTextRoom } from './referencing-text-room.js';
import { valueLength } from './value-length.js';

function checkFits(schema: Schema, table: Table, column: Column, spec: ColumnSpec, rows: number): void {
  const room = baseType(column.type).kind === 'string' ? referencingTextRoom(schema, table, column) : undefined;
  const longest = room === undefined || rows === 0 ? undefined : valueLength(spec, column, rows);
  if (room === undefined || longest === undefined || longest <= room.length) return;
  const child = `"${room.table.name}.${room.column.name}" (${describeType(room.column.type)})`;
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `plan for "${table.name}.${column.name}" makes values of up to ${longest} characters but ${child}, which holds its keys, has room for ${room.length}`, {
    table: table.name, column: column.name, hint: `give "${table.name}.${column.name}" a generator whose values fit ${room.length} characters (e.g. identifier token), or widen "${room.table.name}.${room.column.name}"`,
  });
}

/**
 * Checks that the values a plan makes for a string key fit every string column that copies them
 * (see `referencingTextRoom`): a `uuid` plan for a `TEXT` key that a `VARCHAR(20)` column refers
 * to is PLAN_CONTRADICTS_SCHEMA. Generators whose values follow only the column's length (names,
 * emails) are not judged.
 */
export function checkReferencedText(schema: Schema, plan: Plan): void {
  for (const table of schema.tables) {
    const tp = plan.tables[table.name];
    for (const column of table.columns) {
      const spec = tp?.columns[column.name];
      if (tp && spec) checkFits(schema, table, column, spec, tp.rows);
    }
  }
}
