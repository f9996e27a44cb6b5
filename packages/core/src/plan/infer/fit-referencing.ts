import type { Schema } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { narrowToReferencing, referencingColumns } from '../referencing-columns.js';
import type { ColumnContext } from './column-context.js';
import { fitReferencedText } from './fit-referenced-text.js';
import { typeBounds, uniqueInt } from './infer-number.js';

/**
 * A key whose values foreign keys copy into narrower columns draws only values they hold: an
 * `INT UNIQUE` code a `SMALLINT` column refers to stays within −32768…32767, and a `TEXT` key a
 * `VARCHAR(20)` column refers to (directly or through a chain) makes values of at most 20
 * characters (see {@link fitReferencedText}).
 *
 * @example
 * ```ts
 * fitReferencing(schema, codeContext, { generator: 'int', min: 1, max: 40000, skew: 'uniform', unique: true })
 * // { generator: 'int', min: 1, max: 32767, skew: 'uniform', unique: true }
 * ```
 */
export function fitReferencing(schema: Schema, ctx: ColumnContext, spec: ColumnSpec): ColumnSpec {
  if (spec.generator !== 'int') return fitReferencedText(schema, ctx, spec);
  if (spec.unique !== true) return spec;
  const [lo, hi] = narrowToReferencing(typeBounds(ctx.column.type), referencingColumns(schema, ctx.table, ctx.column));
  return spec.min >= lo && spec.max <= hi ? spec : uniqueInt([lo, hi], ctx.rows);
}
