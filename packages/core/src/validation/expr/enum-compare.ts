import type { Expr } from '../../schema/index.js';
import type { SqlValue } from '../values/sql-value.js';
import { compareSql } from './sql-compare.js';

/** Reads the labels of the enum a column (or, for `null`, the domain value) has, when its labels compare by order. */
export type EnumLabels = (column: string | null) => readonly string[] | undefined;

/** The ordered labels of the enum `e` reads directly (a column or VALUE, not a cast of one). */
export function labelsOfExpr(e: Expr, labels: EnumLabels | undefined): readonly string[] | undefined {
  if (!labels) return undefined;
  if (e.kind === 'column') return labels(e.name);
  return e.kind === 'value' ? labels(null) : undefined;
}

/**
 * Compares two values as SQL does, two labels of an ordered enum (PostgreSQL `CREATE TYPE …
 * AS ENUM`) by their declared position: 'medium' < 'large' in ('small', 'medium', 'large').
 *
 * @example
 * ```ts
 * compareLabels('small', 'medium', ['small', 'medium', 'large']) // -1 (as text it would be 1)
 * ```
 */
export function compareLabels(a: SqlValue, b: SqlValue, labels: readonly string[] | undefined): number | null {
  const i = labels && typeof a === 'string' ? labels.indexOf(a) : -1;
  const j = labels && typeof b === 'string' ? labels.indexOf(b) : -1;
  return i >= 0 && j >= 0 ? Math.sign(i - j) : compareSql(a, b);
}
