import type { LogicalType } from './logical-type.js';

/** A timestamp column type; MySQL's TIMESTAMP (32-bit Unix seconds) is flagged by `unix`. */
export type TimestampType = Extract<LogicalType, { kind: 'timestamp' }>;

/** MySQL/MariaDB TIMESTAMP: 1970-01-01 00:00:01 … 2038-01-19 03:14:07.999 UTC, in milliseconds. */
export const UNIX_TIMESTAMP_MS: readonly [number, number] = [1000, 2_147_483_647_999];

/** The whole days (since 1970-01-01) inside {@link UNIX_TIMESTAMP_MS}: 1970-01-02 … 2038-01-18. */
export const UNIX_TIMESTAMP_DAYS: readonly [number, number] = [1, 24_854];

/**
 * True for MySQL's TIMESTAMP (or a domain over it), whose values must stay within 1970…2038.
 *
 * @example
 * ```ts
 * isUnixTimestamp({ kind: 'timestamp', withTimeZone: false, unix: true }) // true
 * isUnixTimestamp({ kind: 'timestamp', withTimeZone: false })             // false (DATETIME, PostgreSQL timestamp)
 * ```
 */
export function isUnixTimestamp(t: LogicalType): boolean {
  if (t.kind === 'domain') return isUnixTimestamp(t.base);
  return t.kind === 'timestamp' && t.unix === true;
}

/**
 * The instants (UTC milliseconds) a timestamp type holds, or undefined when it is unbounded.
 *
 * @example
 * ```ts
 * timestampRange({ kind: 'timestamp', withTimeZone: false, unix: true }) // [1000, 2147483647999]
 * ```
 */
export function timestampRange(t: TimestampType): readonly [number, number] | undefined {
  return t.unix === true ? UNIX_TIMESTAMP_MS : undefined;
}
