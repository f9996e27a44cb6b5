import type { Table } from '../../schema/index.js';
import { findColumn, uniqueKeys } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { uniqueCapacity } from '../generator-compat.js';

const has = (cols: readonly string[], name: string): boolean => cols.some((c) => c.toLowerCase() === name.toLowerCase());

const keysOf = (table: Table): (readonly string[])[] => uniqueKeys(table).filter((k) => k.length > 1);

/** Generators whose values the engine can enumerate by index (ranges, choices, dates). */
const BOUNDED = new Set<ColumnSpec['generator']>(['int', 'number', 'enum', 'boolean', 'date', 'constant']);

/** How many distinct values a key column's generator can make (Infinity: unbounded). */
function capacityOf(table: Table, specs: Record<string, ColumnSpec>, name: string): number {
  const col = findColumn(table, name);
  const spec = col ? specs[col.name] : undefined;
  return col && spec ? uniqueCapacity(spec, col.type) : 0;
}

/**
 * The key's unbounded column to make unique: the first with room for `rows` values, else the
 * one with the most room (a CHAR(2) code before a CHAR(4) one takes the CHAR(4) at 1,157 rows).
 */
function uniqueCandidate(table: Table, specs: Record<string, ColumnSpec>, columns: readonly string[], rows: number): string | undefined {
  const unbounded = columns.flatMap((c) => { const col = findColumn(table, c); const s = col ? specs[col.name] : undefined; return col && s && !BOUNDED.has(s.generator) ? [col.name] : []; });
  const roomy = unbounded.find((c) => capacityOf(table, specs, c) >= rows);
  if (roomy !== undefined) return roomy;
  return unbounded.reduce<string | undefined>((best, c) => (best === undefined || capacityOf(table, specs, c) > capacityOf(table, specs, best) ? c : best), undefined);
}

/**
 * Composite PRIMARY KEY/UNIQUE keys: the engine makes keys of foreign keys and bounded columns
 * distinct by a bijection over their combinations. A key with an unbounded column (text, uuid,
 * timestamp) instead gets that column unique over the table, which makes the key hold too.
 */
export function enforceCompositeKeys(table: Table, specs: Record<string, ColumnSpec>, rows: number): void {
  const fkCols = table.foreignKeys.flatMap((fk) => fk.columns);
  for (const key of keysOf(table)) {
    if (key.some((c) => specs[c]?.unique === true || specs[c]?.generator === 'sequence')) continue;
    const name = uniqueCandidate(table, specs, key.filter((c) => !has(fkCols, c)), rows);
    const spec = name === undefined ? undefined : specs[name];
    if (name !== undefined && spec) specs[name] = { ...spec, unique: true, nullRate: 0 };
  }
}

/** Before CHECKs narrow them: plain integer key columns get room for one value per row. */
export function widenKeyIntegers(table: Table, specs: Record<string, ColumnSpec>, rows: number): void {
  const fkCols = table.foreignKeys.flatMap((fk) => fk.columns);
  for (const name of new Set(keysOf(table).flat())) {
    const col = findColumn(table, name);
    const spec = col ? specs[col.name] : undefined;
    if (col && spec?.generator === 'int' && !has(fkCols, name) && spec.max < rows) specs[col.name] = { ...spec, min: Math.min(spec.min, 1), max: rows, skew: 'uniform' };
  }
}
