import type { ColumnSpec } from '../../plan/index.js';
import { domainChecks, findColumn, type Expr, type Table } from '../../schema/index.js';
import type { CellEnv } from './cell-env.js';

/** The lowest and highest rating of a scale. */
export type RatingScale = readonly [number, number];

/** A rating scale when nothing says otherwise: one to five stars. */
export const DEFAULT_RATING_SCALE: RatingScale = [1, 5];

/**
 * The scale of the rating column `name`: its plan spec's `min`…`max` (an `int` or `number`
 * generator; the lowest and highest value of an `enum` of numbers), else the bounds its CHECKs (and its
 * domain's) set with literals, else 1–5. Bounds that do not make a range fall back to 1–5.
 *
 * @example
 * ```ts
 * ratingScale(env, 'rating') // [1, 10] for `rating INT CHECK (rating BETWEEN 1 AND 10)`
 * ```
 */
export function ratingScale(env: CellEnv, name: string): RatingScale {
  const scale = plannedScale(env.specOf?.(name)) ?? checkedScale(env.table, name);
  return scale[1] > scale[0] ? scale : DEFAULT_RATING_SCALE;
}

/** The range an `int` or `number` plan draws, or the lowest and highest of an `enum` of numbers (`CHECK (r IN (1, …, 10))`). */
function plannedScale(spec: ColumnSpec | undefined): RatingScale | undefined {
  if (spec?.generator === 'int' || spec?.generator === 'number') return [spec.min, spec.max];
  const values = spec?.generator === 'enum' ? spec.values.map(Number) : [];
  return values.length > 0 && values.every(Number.isFinite) ? [Math.min(...values), Math.max(...values)] : undefined;
}

/** The bounds literal comparisons in the column's CHECKs set, defaults filling a side none sets. */
function checkedScale(table: Table, name: string): RatingScale {
  const column = findColumn(table, name);
  const bounds: [number | undefined, number | undefined] = [undefined, undefined];
  const reads = (e: Expr): boolean => e.kind === 'value' || (e.kind === 'column' && e.name.toLowerCase() === name.toLowerCase());
  for (const c of table.checks) collectBounds(c.expr, reads, bounds);
  for (const e of column ? domainChecks(column.type) : []) collectBounds(e, reads, bounds);
  return [bounds[0] ?? DEFAULT_RATING_SCALE[0], bounds[1] ?? DEFAULT_RATING_SCALE[1]];
}

const literal = (e: Expr): number | undefined => (e.kind === 'literal' && typeof e.value === 'number' ? e.value : undefined);
const MIRRORED: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** Tightens `bounds` by the conjuncts of `e` that compare the column with a number (`>=`, `>`, `<=`, `<`, BETWEEN). */
function collectBounds(e: Expr, reads: (e: Expr) => boolean, bounds: [number | undefined, number | undefined]): void {
  if (e.kind === 'binary' && e.op === 'and') {
    collectBounds(e.left, reads, bounds);
    collectBounds(e.right, reads, bounds);
  } else if (e.kind === 'between' && !e.negated && reads(e.operand)) {
    bound(bounds, 0, literal(e.low));
    bound(bounds, 1, literal(e.high));
  } else if (e.kind === 'binary') {
    const [op, n] = reads(e.left) ? [e.op, literal(e.right)] : reads(e.right) ? [MIRRORED[e.op], literal(e.left)] : [undefined, undefined];
    if (op === '>=' || op === '>') bound(bounds, 0, n);
    if (op === '<=' || op === '<') bound(bounds, 1, n);
  }
}

function bound(bounds: [number | undefined, number | undefined], side: 0 | 1, n: number | undefined): void {
  if (n === undefined) return;
  const old = bounds[side];
  bounds[side] = old === undefined ? n : side === 0 ? Math.max(old, n) : Math.min(old, n);
}
