import type { Table } from '../../schema/index.js';
import { baseType, findColumn } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';

const has = (cols: readonly string[], name: string): boolean => cols.some((c) => c.toLowerCase() === name.toLowerCase());

function keysOf(table: Table): (readonly string[])[] {
  return [...(table.primaryKey ? [table.primaryKey.columns] : []), ...table.uniques.map((u) => u.columns)].filter((k) => k.length > 1);
}

/** Kinds whose generators can take `unique: true` with room for any row count. */
const WIDE = new Set(['int', 'string', 'uuid', 'timestamp', 'decimal']);

/** A key is unique by construction when one of its columns is, or its FKs form a product. */
function covered(table: Table, key: readonly string[], specs: Record<string, ColumnSpec>): boolean {
  if (key.some((c) => specs[c]?.unique === true || specs[c]?.generator === 'sequence')) return true;
  const fkCols = table.foreignKeys.filter((fk) => fk.columns.every((c) => has(key, c))).flatMap((fk) => fk.columns);
  return key.every((c) => has(fkCols, c));
}

function widen(spec: ColumnSpec, rows: number): ColumnSpec {
  if (spec.generator === 'int') return { ...spec, min: 1, max: Math.max(spec.max, rows * 10, 1000), skew: 'uniform', unique: true, nullRate: 0 };
  return { ...spec, unique: true, nullRate: 0 };
}

/**
 * Composite PRIMARY KEY/UNIQUE keys that mix foreign-key and other columns: one non-FK column
 * of the key is made unique over the table, so the key holds by construction.
 */
export function enforceCompositeKeys(table: Table, specs: Record<string, ColumnSpec>, rows: number): void {
  const fkCols = table.foreignKeys.flatMap((fk) => fk.columns);
  for (const key of keysOf(table)) {
    if (covered(table, key, specs)) continue;
    const pick = key.find((c) => !has(fkCols, c) && WIDE.has(baseType(findColumn(table, c)?.type ?? { kind: 'boolean' }).kind));
    const spec = pick === undefined ? undefined : specs[pick];
    if (pick !== undefined && spec) specs[pick] = widen(spec, rows);
  }
}
