import type { Target } from '../target.js';
import { formatDate } from './format-date.js';
import { formatTime } from './format-time.js';

const MS_PER_DAY = 86_400_000;

/**
 * The UTC offset suffix a target expects on `timestamp with time zone` text:
 * `+00` for PostgreSQL, `+00:00` for SQL Server, nothing for MySQL and SQLite
 * (their DATETIME/TEXT columns hold the UTC wall-clock time).
 *
 * @example
 * ```ts
 * utcOffsetSuffix('mssql') // '+00:00'
 * ```
 */
export function utcOffsetSuffix(target: Target): string {
  if (target === 'postgres') return '+00';
  return target === 'mssql' ? '+00:00' : '';
}

/**
 * `YYYY-MM-DD HH:MM:SS[.mmm][offset]` for milliseconds since the epoch (UTC). The
 * fraction appears only when the milliseconds are not zero.
 *
 * @example
 * ```ts
 * formatTimestamp(1_500, false, 'mysql')  // '1970-01-01 00:00:01.500'
 * formatTimestamp(0, true, 'postgres')    // '1970-01-01 00:00:00+00'
 * ```
 */
export function formatTimestamp(ms: number, withTimeZone: boolean, target: Target): string {
  const whole = Math.floor(ms);
  const days = Math.floor(whole / MS_PER_DAY);
  const msOfDay = whole - days * MS_PER_DAY;
  const millis = msOfDay % 1000;
  const fraction = millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`;
  const zone = withTimeZone ? utcOffsetSuffix(target) : '';
  return `${formatDate(days)} ${formatTime((msOfDay - millis) / 1000)}${fraction}${zone}`;
}
