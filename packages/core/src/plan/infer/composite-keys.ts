import type { Column, Table } from '../../schema/index.js';
import { baseType, findColumn, intRange, uniqueKeys } from '../../schema/index.js';
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

/** The key's columns whose generators are (`bounded`) or are not in BOUNDED. */
function columnsOf(table: Table, specs: Record<string, ColumnSpec>, columns: readonly string[], bounded: boolean): string[] {
  return columns.flatMap((c) => { const col = findColumn(table, c); const s = col ? specs[col.name] : undefined; return col && s && BOUNDED.has(s.generator) === bounded ? [col.name] : []; });
}

/** The column of `names` with the most room (the first of equals), if any. */
function roomiest(table: Table, specs: Record<string, ColumnSpec>, names: readonly string[]): string | undefined {
  return names.reduce<string | undefined>((best, c) => (best === undefined || capacityOf(table, specs, c) > capacityOf(table, specs, best) ? c : best), undefined);
}

/**
 * The key's column to make unique: the first unbounded one with room for `rows` values (a
 * CHAR(2) code before a CHAR(4) one takes the CHAR(4) at 1,157 rows), else a bounded one with
 * room (an integer, widened to the rows: `(a INT, note VARCHAR(2))` at 1,157 rows takes `a`),
 * else the unbounded one with the most room, which the plan check refuses as UNIQUE_CAPACITY.
 * None when every column is bounded: the engine enumerates such keys.
 */
function uniqueCandidate(table: Table, specs: Record<string, ColumnSpec>, columns: readonly string[], rows: number): string | undefined {
  const unbounded = columnsOf(table, specs, columns, false);
  const roomy = (c: string): boolean => capacityOf(table, specs, c) >= rows;
  if (unbounded.length === 0) return undefined;
  return unbounded.find(roomy) ?? columnsOf(table, specs, columns, true).find(roomy) ?? roomiest(table, specs, unbounded);
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
    if (col && spec?.generator === 'int' && !has(fkCols, name) && spec.max < rows) specs[col.name] = widened(spec, col, rows);
  }
}

/** 1…rows, kept within the column's type (a TINYINT UNSIGNED key column stops at 255; the key's combinations give the rest). */
function widened(spec: Extract<ColumnSpec, { generator: 'int' }>, column: Column, rows: number): ColumnSpec {
  const t = baseType(column.type);
  const [lo, hi] = t.kind === 'int' ? intRange(t) : [-Infinity, Infinity];
  const max = Math.min(rows, hi);
  return { ...spec, min: Math.max(lo, Math.min(spec.min, 1, max - rows + 1)), max, skew: 'uniform' };
}
