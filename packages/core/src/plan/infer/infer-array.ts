import type { LogicalType } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { elementLimits } from './element-domain.js';

/** Element names for element types drawn the same way whatever their details. */
const BY_KIND: Partial<Record<LogicalType['kind'], string>> = {
  int: 'int', decimal: 'number', float: 'number', date: 'date', timestamp: 'timestamp', time: 'time',
  boolean: 'boolean', uuid: 'uuid', json: 'json', bytes: 'bytes',
};

/** The array generator's `element` for an element type: CHAR(n) gets codes of n characters, `inet` addresses, other text words. */
function elementName(t: Exclude<LogicalType, { kind: 'domain' }>): string {
  if (t.kind === 'enum') return 'enum';
  if (t.kind === 'string' && t.format !== undefined) return t.format;
  if (t.kind === 'string' && t.variant === 'char' && t.length !== undefined) return 'code';
  return BY_KIND[t.kind] ?? 'word';
}

/** Enum labels, or the choices of a domain's `CHECK (VALUE IN (…))`. */
function choices(t: Exclude<LogicalType, { kind: 'domain' }>, domain: readonly (string | number)[] | undefined): (string | number)[] | undefined {
  if (domain) return [...domain];
  return t.kind === 'enum' && t.values.length > 0 ? [...t.values] : undefined;
}

/** A domain's numeric range, for numeric elements only. */
function range(name: string, min: number | undefined, max: number | undefined): { min?: number; max?: number } {
  if (name !== 'int' && name !== 'number') return {};
  return { ...(min !== undefined && Number.isFinite(min) ? { min } : {}), ...(max !== undefined && Number.isFinite(max) ? { max } : {}) };
}

/**
 * The generator of an array column: zero to four elements of the element type. Enum elements
 * are its labels, a domain's `IN` list or range narrows them; the engine keeps the others inside
 * the element type's length, width and precision.
 *
 * @example
 * ```ts
 * inferArray({ kind: 'enum', values: ['s', 'm'] }) // { generator: 'array', element: 'enum', values: ['s', 'm'], minLength: 0, maxLength: 4 }
 * ```
 */
export function inferArray(element: LogicalType): ColumnSpec {
  const t = baseType(element);
  const limits = elementLimits(element);
  const values = choices(t, limits.values);
  const name = values ? 'enum' : elementName(t);
  return { generator: 'array', element: name, minLength: 0, maxLength: 4, ...(values ? { values } : {}), ...range(name, limits.min, limits.max) };
}
