import type { Column } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';

/** Characters a string column holds, or undefined when unbounded or not a string. */
export function maxLengthOf(column: Column): number | undefined {
  const t = baseType(column.type);
  return t.kind === 'string' ? t.length : undefined;
}
