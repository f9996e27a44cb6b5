import type { Expr, Table } from '../schema/index.js';
import { baseType, findColumn, maxLengthOf, numericCastKind } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';

const NUMERIC_GENERATORS = new Set<ColumnSpec['generator']>(['int', 'number', 'sequence', 'enum', 'constant', 'foreignKey']);

/** The largest number a text column of `length` characters can spell (999 for varchar(3)). */
function widest(length: number | undefined): number {
  return length === undefined ? 1000 : Math.min(1000, 10 ** length - 1);
}

/**
 * A text column a CHECK compares as a number (`c::int > 500`, `CAST(c AS numeric) <= 9.5`)
 * gets numbers, which the CHECK's bounds then narrow; its text had failed the cast in every row.
 * Does nothing for other expressions, non-text columns and generators that already give numbers.
 */
export function numbersForCastText(table: Table, specs: Record<string, ColumnSpec>, e: Expr): void {
  if (e.kind !== 'cast' || e.operand.kind !== 'column') return;
  const kind = numericCastKind(e.to);
  const column = findColumn(table, e.operand.name);
  const spec = column ? specs[column.name] : undefined;
  if (!kind || !column || !spec || baseType(column.type).kind !== 'string' || NUMERIC_GENERATORS.has(spec.generator)) return;
  const keep = { ...(spec.nullRate !== undefined ? { nullRate: spec.nullRate } : {}), ...(spec.unique === true ? { unique: true } : {}) };
  const max = widest(maxLengthOf(column));
  specs[column.name] = kind === 'int'
    ? { generator: 'int', min: 0, max, skew: 'uniform', ...keep }
    : { generator: 'number', min: 0, max: Math.min(max, 100), style: 'uniform', ...keep };
}
