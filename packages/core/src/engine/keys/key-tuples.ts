import { RowforgeError } from '../../errors/index.js';
import type { ColumnSpec, TablePlan } from '../../plan/index.js';
import type { Table, Value } from '../../schema/index.js';
import { baseType, findColumn, uniqueKeys } from '../../schema/index.js';
import { daysFromIso } from '../../util/index.js';
import { streamKey } from '../rng.js';
import { permuteIndex } from '../semantic/index.js';

/** One dimension of a composite key: a foreign key (parent index) or a bounded column. */
export type KeyDimension =
  | { readonly kind: 'fk'; readonly fkIndex: number; readonly size: number }
  | { readonly kind: 'column'; readonly column: number; readonly size: number; readonly valueAt: (digit: number) => Value };

export interface KeyTuple {
  readonly dimensions: readonly KeyDimension[];
  /** Digit of dimension `d` for a row: distinct rows get distinct digit tuples. */
  digit(row: number, d: number): number;
}

type Bounded = { size: number; valueAt: (k: number) => Value };

/** Values a column's generator can enumerate by index, or undefined when unbounded. */
export function enumerable(spec: ColumnSpec, scale: number): Bounded | undefined {
  switch (spec.generator) {
    case 'int': { const min = Math.ceil(spec.min); return { size: Math.floor(spec.max) - min + 1, valueAt: (k) => min + k }; }
    case 'number': { const f = 10 ** scale; return { size: Math.floor((spec.max - spec.min) * f) + 1, valueAt: (k) => Math.round(spec.min * f + k) / f }; }
    case 'enum': return { size: spec.values.length, valueAt: (k) => spec.values[k] ?? null };
    case 'boolean': return { size: 2, valueAt: (k) => k === 1 };
    case 'date': { const from = daysFromIso(spec.from); return { size: daysFromIso(spec.to) - from + 1, valueAt: (k) => from + k }; }
    case 'constant': return { size: 1, valueAt: () => spec.value };
    default: return undefined;
  }
}

const keysOf = (table: Table): (readonly string[])[] => uniqueKeys(table).filter((k) => k.length > 1);

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function scaleOf(table: Table, col: number): number {
  const t = baseType(table.columns[col]?.type ?? { kind: 'boolean' });
  return t.kind === 'decimal' ? t.scale : 0;
}

/** Dimensions of a key, or undefined when a column is unbounded or an FK only partly inside it. */
function dimensionsOf(table: Table, plan: TablePlan, key: readonly string[], parentRows: (fkIndex: number) => number): KeyDimension[] | undefined {
  const dims: KeyDimension[] = [];
  const seen = new Set<string>();
  for (const name of key) {
    if (seen.has(name.toLowerCase())) continue;
    const fkIndex = table.foreignKeys.findIndex((fk) => fk.columns.some((c) => same(c, name)));
    const fk = table.foreignKeys[fkIndex];
    if (fk) {
      if (!fk.columns.every((c) => key.some((k) => same(k, c)))) return undefined;
      fk.columns.forEach((c) => seen.add(c.toLowerCase()));
      dims.push({ kind: 'fk', fkIndex, size: parentRows(fkIndex) });
      continue;
    }
    const column = findColumn(table, name);
    const col = column ? table.columns.indexOf(column) : -1;
    const spec = column ? plan.columns[column.name] : undefined;
    const bounded = spec && !spec.unique && spec.generator !== 'sequence' ? enumerable(spec, scaleOf(table, col)) : undefined;
    if (!bounded) return undefined;
    seen.add(name.toLowerCase());
    dims.push({ kind: 'column', column: col, ...bounded });
  }
  return dims;
}

function tooFew(table: Table, key: readonly string[], rows: number, capacity: number): never {
  throw new RowforgeError('UNIQUE_CAPACITY', `"${table.name}" needs ${rows} distinct (${key.join(', ')}) combinations but its generators allow only ${capacity}`, {
    table: table.name, constraint: `UNIQUE (${key.join(', ')})`, hint: `lower "${table.name}" to at most ${capacity} rows, add parent rows, or widen the columns' ranges in the plan`,
  });
}

/**
 * Composite PRIMARY KEY/UNIQUE keys made only of foreign keys and bounded columns (ints,
 * enums, dates, booleans): each row gets a distinct tuple through a keyed bijection of the row
 * index over the product of the dimensions' sizes, read as mixed-radix digits.
 */
export function keyTuples(seed: string, table: Table, plan: TablePlan, rows: number, parentRows: (fkIndex: number) => number): KeyTuple[] {
  const out: KeyTuple[] = [];
  const taken = new Set<string>();
  for (const key of keysOf(table)) {
    if (key.some((c) => taken.has(c.toLowerCase()))) continue;
    const dims = dimensionsOf(table, plan, key, parentRows);
    if (!dims) continue;
    const capacity = dims.reduce((a, d) => a * d.size, 1);
    if (rows > capacity) tooFew(table, key, rows, capacity);
    key.forEach((c) => taken.add(c.toLowerCase()));
    const span = Math.min(capacity, 2 ** 52);
    const perm = streamKey(seed, table.name, '@key', key.join(','));
    const divisors = dims.map((_, i) => dims.slice(i + 1).reduce((a, d) => a * d.size, 1));
    out.push({ dimensions: dims, digit: (row, d) => Math.floor(permuteIndex(row, span, perm) / (divisors[d] as number)) % (dims[d] as KeyDimension).size });
  }
  return out;
}
