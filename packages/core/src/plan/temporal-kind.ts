import { baseType, type Column } from '../schema/index.js';

/** `date` or `timestamp` for a column of that type (not a Unix-epoch TIMESTAMP), else undefined. */
export function temporalKind(column: Column): 'date' | 'timestamp' | undefined {
  const t = baseType(column.type);
  if (t.kind === 'date') return 'date';
  return t.kind === 'timestamp' && t.unix !== true ? 'timestamp' : undefined;
}
