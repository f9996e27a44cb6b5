import type { SqlValue } from '../values/sql-value.js';
import { sqlText } from './sql-text.js';

function isJson(text: string, scalars: boolean): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return scalars || (typeof v === 'object' && v !== null);
  } catch {
    return false;
  }
}

/**
 * `json_valid(x)` (SQLite, MySQL: any JSON value) and `ISJSON(x)` (SQL Server, `scalars` false:
 * before 2022 it accepts objects and arrays only, so the stricter reading): 1 or 0, NULL for NULL.
 *
 * @example
 * ```ts
 * jsonTest(true)(['{"a":1}']) // 1
 * ```
 */
export function jsonTest(scalars: boolean): (args: readonly SqlValue[]) => SqlValue {
  return ([a = null]) => (a === null ? null : isJson(sqlText(a), scalars) ? 1 : 0);
}
