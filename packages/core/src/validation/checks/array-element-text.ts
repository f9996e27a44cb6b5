import { parseJsonArray, parsePgArray, type ArrayText } from '../values/parse-pg-array.js';

function readArray(cell: string): ArrayText | undefined {
  const t = cell.trimStart();
  try {
    return t.startsWith('{') ? parsePgArray(t) : parseJsonArray(t);
  } catch {
    return undefined;
  }
}

/**
 * The text of one element of an array cell (PostgreSQL literal or JSON) at a 1-based
 * `path`, `NULL` for a NULL element; read again from the cell, so only call it to
 * describe a failure.
 *
 * @example
 * ```ts
 * arrayElementText('{5,581}', [2]) // '581'
 * arrayElementText('{{1,NULL}}', [1, 2]) // 'NULL'
 * ```
 */
export function arrayElementText(cell: string, path: readonly number[]): string {
  let at: ArrayText | string | null | undefined = readArray(cell);
  for (const i of path) at = Array.isArray(at) ? (at as ArrayText)[i - 1] : undefined;
  if (at === null) return 'NULL';
  return typeof at === 'string' ? at : '?';
}
