import type { LogicalType } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';
import { MS_PER_DAY } from '../../util/index.js';

/**
 * What the engine's value of a type is multiplied by to give the milliseconds CHECKs are
 * evaluated in: a date's days by a day's ms, a time's seconds by 1000, anything else by 1
 * (timestamps are ms already).
 *
 * @example
 * ```ts
 * msScale({ kind: 'time' }) // 1000
 * ```
 */
export function msScale(type: LogicalType): number {
  const kind = baseType(type).kind;
  return kind === 'date' ? MS_PER_DAY : kind === 'time' ? 1000 : 1;
}
