import type { Column } from '../schema/index.js';
import { baseType, describeType } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { typeBounds } from './infer/type-bounds.js';

type Range = readonly [number, number];

/** The whole numbers a key's generator makes for `rows` rows (its type's bounds for other generators). */
function keyRange(key: Column, spec: ColumnSpec, rows: number): Range {
  if (spec.generator === 'sequence') {
    const last = spec.start + spec.step * Math.max(rows - 1, 0);
    return [Math.min(spec.start, last), Math.max(spec.start, last)];
  }
  if (spec.generator === 'int') return [Math.ceil(spec.min), Math.floor(spec.max)];
  return typeBounds(key.type);
}

/** Whether a number column of kind `c` holds numbers of the key's kind (a whole-number column: whole keys only). */
function numberKinds(column: Column, key: Column): boolean {
  const c = baseType(column.type);
  const k = baseType(key.type);
  if (k.kind === 'int') return true;
  if (k.kind === 'decimal') return c.kind !== 'int' || k.scale === 0;
  return k.kind === 'float' && c.kind === 'float';
}

function numbersFit(column: Column, key: Column, spec: ColumnSpec, rows: number): boolean {
  if (!numberKinds(column, key)) return false;
  const [lo, hi] = keyRange(key, spec, rows);
  const [min, max] = typeBounds(column.type);
  return lo >= min && hi <= max;
}

/** Characters a text key's values take: 36 for a uuid, the declared length, undefined when unbounded or not text. */
function textLength(key: Column): number | undefined {
  const k = baseType(key.type);
  return k.kind === 'uuid' ? 36 : k.kind === 'string' ? k.length : undefined;
}

function textFits(column: Column, key: Column): boolean {
  const c = baseType(column.type);
  const k = baseType(key.type);
  if (c.kind === 'uuid') return k.kind === 'uuid';
  if (c.kind !== 'string' || (k.kind !== 'string' && k.kind !== 'uuid')) return false;
  const length = textLength(key);
  return c.length === undefined || (length !== undefined && length <= c.length);
}

const NUMBER_KINDS = new Set(['int', 'decimal', 'float']);

/**
 * Whether `column` holds the values of the key column `key` (drawn by `spec` over `rows` rows):
 * numbers need a number type wide enough for the key's values (a sequence's 1…rows), text a
 * text type at least as long as the key's (36 for a uuid).
 *
 * @example
 * ```ts
 * referenceFits(managerId, employeeId, { generator: 'sequence', start: 1, step: 1 }, 50) // true
 * ```
 */
export function referenceFits(column: Column, key: Column, spec: ColumnSpec, rows: number): boolean {
  return NUMBER_KINDS.has(baseType(column.type).kind) ? numbersFit(column, key, spec, rows) : textFits(column, key);
}

/** `varchar(10) cannot hold the keys of "users.id" (uuid)`: why a column does not fit a key. */
export function referenceMisfit(column: Column, table: string, key: Column): string {
  return `${describeType(column.type)} cannot hold the keys of "${table}.${key.name}" (${describeType(key.type)})`;
}
