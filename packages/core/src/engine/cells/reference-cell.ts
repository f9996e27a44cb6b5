import { RowforgeError } from '../../errors/index.js';
import type { ColumnSpec } from '../../plan/index.js';
import { cell, type CellBuilder, type CellEnv, type ReferencedKey } from './cell-env.js';

type ReferenceSpec = Extract<ColumnSpec, { generator: 'reference' }>;

function unlinked(env: CellEnv, s: ReferenceSpec): never {
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `"${env.table.name}.${env.column.name}" refers to ${s.table}(${s.column}), which this run does not generate`, {
    table: env.table.name, column: env.column.name,
  });
}

/**
 * The row a self-reference draws, as a declared self-referencing foreign key does: an earlier
 * row, so references form a tree (no one manages themselves, no cycles); row 0 has none, so it
 * is NULL where the column allows it and refers to itself otherwise.
 */
function earlierRow(row: number, u: number, nullable: boolean): number | undefined {
  if (row === 0) return nullable ? undefined : 0;
  return Math.floor(u * row);
}

/**
 * A key of another table where the schema declares no foreign key: a row of that table drawn
 * uniformly (a redraw draws again), its key read from the row index as a foreign key's is, so
 * the value never depends on generating that table first; of the table itself, an earlier row
 * ({@link earlierRow}). NULL when that table has no rows.
 */
export const referenceCell: CellBuilder = (env) => {
  const s = env.spec as ReferenceSpec;
  const target: ReferencedKey = env.referenced ? env.referenced(s.table, s.column) : unlinked(env, s);
  if (s.table.toLowerCase() === env.table.name.toLowerCase()) {
    return cell((ctx) => {
      const row = earlierRow(ctx.row, ctx.rngFor(env.key).float(), env.column.nullable);
      return row === undefined ? null : target.valueAt(row);
    }, 'any');
  }
  return cell((ctx) => (target.rows === 0 ? null : target.valueAt(Math.floor(ctx.rngFor(env.key).float() * target.rows))), 'any');
};
