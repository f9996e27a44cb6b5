import { RowforgeError } from '../errors/index.js';
import type { Column, Schema, Table } from '../schema/index.js';
import { baseType, describeType, maxLengthOf } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import type { Plan } from './plan-schema.js';
import { referencingTextRoom } from './referencing-text-room.js';
import { valueLength } from './value-length.js';

function checkFits(schema: Schema, table: Table, column: Column, spec: ColumnSpec, rows: number): void {
  // A foreign key copies its parent's values, which are judged where they are made.
  const room = baseType(column.type).kind === 'string' && spec.generator !== 'foreignKey' ? referencingTextRoom(schema, table, column) : undefined;
  const longest = room === undefined || rows === 0 ? undefined : valueLength(spec, column, rows) ?? maxLengthOf(column) ?? Infinity;
  if (room === undefined || longest === undefined || longest <= room.length) return;
  const child = `"${room.table.name}.${room.column.name}" (${describeType(room.column.type)})`;
  const upTo = Number.isFinite(longest) ? `values of up to ${longest} characters` : 'values of any length';
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `plan for "${table.name}.${column.name}" makes ${upTo} but ${child}, which holds its keys, has room for ${room.length}`, {
    table: table.name, column: column.name, hint: `give "${table.name}.${column.name}" a generator whose values fit ${room.length} characters (e.g. identifier token), or widen "${room.table.name}.${room.column.name}"`,
  });
}

/**
 * Checks that the values a plan makes for a string key fit every string column that copies them
 * (see `referencingTextRoom`): a `uuid` plan for a `TEXT` key that a `VARCHAR(20)` column refers
 * to is PLAN_CONTRADICTS_SCHEMA. Generators whose values follow only the column's length (names,
 * emails, slugs) are judged by that length: an email key in a `TEXT` column may be longer than
 * any `VARCHAR(20)`.
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
