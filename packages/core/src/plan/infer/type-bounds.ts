import type { LogicalType } from '../../schema/index.js';
import { baseType, intRange } from '../../schema/index.js';

/** Largest absolute value the type can hold (kept within doubles' exact integers). */
export function typeBounds(t: LogicalType): readonly [number, number] {
  const b = baseType(t);
  if (b.kind === 'int') return intRange(b);
  if (b.kind === 'decimal') {
    const max = Math.min(10 ** (b.precision - b.scale) - 10 ** -b.scale, 1e15);
    return [-max, max];
  }
  return [-1e12, 1e12];
}
