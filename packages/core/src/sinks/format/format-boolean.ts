import type { Target } from '../target.js';

/**
 * A boolean as the target reads it from text: `true`/`false` for PostgreSQL,
 * `1`/`0` for MySQL, SQLite and SQL Server.
 *
 * @example
 * ```ts
 * formatBoolean(true, 'postgres') // 'true'
 * formatBoolean(true, 'mysql')    // '1'
 * ```
 */
export function formatBoolean(b: boolean, target: Target): string {
  if (target === 'postgres') return b ? 'true' : 'false';
  return b ? '1' : '0';
}
