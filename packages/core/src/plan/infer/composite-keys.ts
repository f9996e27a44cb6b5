import type { Table } from '../../schema/index.js';
import { findColumn, uniqueKeys } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';

const has = (cols: readonly string[], name: string): boolean => cols.some((c) => c.toLowerCase() === name.toLowerCase());

const keysOf = (table: Table): (readonly string[])[] => uniqueKeys(table).filter((k) => k.length > 1);

/** Generators whose values the engine can enumerate by index (ranges, choices, dates). */
const BOUNDED = new Set<ColumnSpec['generator']>(['int', 'number', 'enum', 'boolean', 'date', 'constant']);

/**
 * Composite PRIMARY KEY/UNIQUE keys: the engine makes keys of foreign keys and bounded columns
 * distinct by a bijection over their combinations. A key with an unbounded column (text, uuid,
 * timestamp) instead gets that column unique over the table, which makes the key hold too.
 */
export function enforceCompositeKeys(table: Table, specs: Record<string, ColumnSpec>): void {
  const fkCols = table.foreignKeys.flatMap((fk) => fk.columns);
  for (const key of keysOf(table)) {
    if (key.some((c) => specs[c]?.unique === true || specs[c]?.generator === 'sequence')) continue;
    const plain = key.filter((c) => !has(fkCols, c));
    const unbounded = plain.find((c) => { const s = specs[findColumn(table, c)?.name ?? c]; return s !== undefined && !BOUNDED.has(s.generator); });
    const name = unbounded === undefined ? undefined : findColumn(table, unbounded)?.name;
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
