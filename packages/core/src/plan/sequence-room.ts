import type { LogicalType } from '../schema/index.js';
import { baseType, intRange } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';

/**
 * Values a `sequence` makes before it leaves the whole numbers `[lo, hi]` (a sequence from 1
 * within a `SMALLINT` child column's −32768…32767 makes 32767); Infinity for other generators.
 *
 * @example
 * ```ts
 * sequenceRoomIn({ generator: 'sequence', start: 1, step: 1 }, [-32768, 32767]) // 32767
 * ```
 */
export function sequenceRoomIn(spec: ColumnSpec, [lo, hi]: readonly [number, number]): number {
  if (spec.generator !== 'sequence') return Infinity;
  if (spec.start < lo || spec.start > hi) return 0;
  if (spec.step === 0) return 1;
  return Math.floor((spec.step > 0 ? hi - spec.start : spec.start - lo) / Math.abs(spec.step)) + 1;
}

/**
 * Values a `sequence` makes before it leaves its integer column's type (a sequence from 1 in a
 * `TINYINT UNSIGNED` makes 255); Infinity for other generators and types.
 *
 * @example
 * ```ts
 * sequenceRoom({ generator: 'sequence', start: 1, step: 1 }, { kind: 'int', bits: 8, unsigned: true }) // 255
 * ```
 */
export function sequenceRoom(spec: ColumnSpec, type: LogicalType): number {
  const t = baseType(type);
  return t.kind === 'int' ? sequenceRoomIn(spec, intRange(t)) : Infinity;
}
