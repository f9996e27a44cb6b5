import type { Schema } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { narrowToReferencing, referencingColumns } from '../referencing-columns.js';
import type { ColumnContext } from './column-context.js';
import { typeBounds, uniqueInt } from './infer-number.js';

/**
 * A unique integer key whose values foreign keys copy into narrower columns draws only values
 * they hold: an `INT UNIQUE` code a `SMALLINT` column refers to stays within −32768…32767.
 *
 * @example
 * ```ts
 * fitReferencing(schema, codeContext, { generator: 'int', min: 1, max: 40000, skew: 'uniform', unique: true })
 * // { generator: 'int', min: 1, max: 32767, skew: 'uniform', unique: true }
 * ```
 */
export function fitReferencing(schema: Schema, ctx: ColumnContext, spec: ColumnSpec): ColumnSpec {
  if (spec.generator !== 'int' || spec.unique !== true) return spec;
  const [lo, hi] = narrowToReferencing(typeBounds(ctx.column.type), referencingColumns(schema, ctx.table, ctx.column));
  return spec.min >= lo && spec.max <= hi ? spec : uniqueInt([lo, hi], ctx.rows);
}
