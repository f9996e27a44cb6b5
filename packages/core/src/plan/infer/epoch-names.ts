import { baseType, columnsOf, exprChildren, intRange, type Column, type Expr, type Table } from '../../schema/index.js';
import type { EpochUnit } from '../column-spec.js';
import { wordsOf } from './column-context.js';

/** Clock DEFAULTs written as Unix time: SQLite `unixepoch()`, `strftime('%s','now')`, MySQL `UNIX_TIMESTAMP()`, PostgreSQL `extract(epoch from now())`. */
const EPOCH_DEFAULT = /unixepoch\s*\(|strftime\s*\(\s*'%s'|unix_timestamp\s*\(|extract\s*\(\s*epoch\b|date_part\s*\(\s*'epoch'|julianday\s*\(\s*'now'\s*\)\s*-\s*2440587\.5/i;
/** …times a thousand: milliseconds. */
const MILLIS_DEFAULT = /\*\s*1000(\.0*)?\b|\b86400000\b/;

/** Last words that say the number counts milliseconds (`last_seen_ms`, `createdAtMillis`). */
const MILLIS_WORDS = new Set(['ms', 'millis', 'msec', 'msecs', 'milli', 'milliseconds']);
/** Last words of an instant whatever comes before them (`created_at`, `expires_ts`, `sent_epoch`). */
const INSTANT_WORDS = new Set(['at', 'ts', 'timestamp', 'tstamp', 'stamp', 'epoch', 'unix', 'unixtime']);
/** Last words of an instant only after an event (`create_time`, `created_on`; not `prep_time`, `turned_on`). */
const EVENT_SUFFIXES = new Set(['time', 'on']);
/** Events whose `_time` or `_on` is an instant. */
const EVENTS = new Set([
  'create', 'created', 'update', 'updated', 'modify', 'modified', 'change', 'changed', 'insert', 'inserted', 'add', 'added',
  'delete', 'deleted', 'remove', 'removed', 'login', 'logout', 'logon', 'last', 'start', 'started', 'end', 'ended', 'begin',
  'finish', 'finished', 'complete', 'completed', 'expire', 'expired', 'expiry', 'expiration', 'publish', 'published', 'post',
  'posted', 'register', 'registered', 'reg', 'signup', 'send', 'sent', 'receive', 'received', 'pay', 'paid', 'order', 'ordered',
  'ship', 'shipped', 'deliver', 'delivered', 'open', 'opened', 'close', 'closed', 'cancel', 'cancelled', 'canceled', 'approve',
  'approved', 'submit', 'submitted', 'confirm', 'confirmed', 'visit', 'visited', 'access', 'accessed', 'event', 'join', 'joined',
  'upload', 'uploaded', 'sync', 'synced', 'archive', 'archived', 'lock', 'locked', 'activate', 'activated', 'verify', 'verified',
  'issue', 'issued', 'release', 'released', 'seen', 'log', 'logged', 'audit', 'fetched', 'imported', 'exported', 'processed', 'renewed',
]);
/** Whole names of an instant (`created`, `mtime`, `lastModified`); `deleted` alone is a flag. */
const INSTANT_NAMES = new Set([
  'created', 'modified', 'updated', 'changed', 'inserted', 'expires', 'expiry', 'expiration', 'mtime', 'ctime', 'atime',
  'last_modified', 'last_updated', 'last_login', 'last_seen', 'last_active', 'last_activity', 'last_access', 'last_accessed', 'last_visit',
  'date_created', 'date_modified', 'date_updated', 'unix_time', 'ts', 'epoch', 'unixtime', 'tstamp',
]);
/** Words of a span of time, a count or a limit, not an instant (`time_spent`, `response_time_ms`, `timeout`, `times_viewed`). */
const DURATION_WORDS = new Set([
  'duration', 'elapsed', 'latency', 'response', 'spent', 'timeout', 'ttl', 'interval', 'delay', 'took', 'runtime', 'uptime',
  'downtime', 'period', 'offset', 'zone', 'tz', 'count', 'times', 'total', 'avg', 'average', 'sum', 'remaining', 'retention',
  'lifetime', 'cooldown', 'backoff', 'grace', 'length', 'delta', 'diff', 'lag', 'birth', 'dob', 'born', 'minutes', 'seconds',
  'secs', 'hours', 'days', 'weeks',
]);
/** CHECK literals beyond any day number (about 2243-10-17) that a CHECK would compare with the column as days. */
const DAY_SCALE_LIMIT = 100_000;

/** The words of a name without a trailing millisecond word (`last_seen_ms` → last, seen). */
function withoutMillis(words: readonly string[]): readonly string[] {
  return MILLIS_WORDS.has(words[words.length - 1] ?? '') ? words.slice(0, -1) : words;
}

/** True when the name's words (milliseconds word left off) name an instant and no span of time. */
export function isInstantName(words: readonly string[]): boolean {
  const rest = withoutMillis(words);
  const last = rest[rest.length - 1] ?? '';
  if (rest.length === 0 || words.some((w) => DURATION_WORDS.has(w))) return false;
  if (INSTANT_NAMES.has(rest.join('_')) || (INSTANT_WORDS.has(last) && rest.length > 1) || rest.join('_') === 'timestamp') return true;
  return EVENT_SUFFIXES.has(last) && rest.length > 1 && EVENTS.has(rest[rest.length - 2] ?? '');
}

/** Verbs of MySQL-style `create_time`/`update_time` names, as the timestamp pairs spell them. */
const PAST: Readonly<Record<string, string>> = { create: 'created', update: 'updated', modify: 'modified', delete: 'deleted' };

/**
 * The words a pair of instants and its window are matched by: the milliseconds word and an epoch
 * suffix left off, a leading verb in the past tense (`updated_ts_ms` → updated, `update_time` → updated_time).
 */
export function instantKey(name: string): string {
  const rest = withoutMillis(wordsOf(name));
  const last = rest[rest.length - 1] ?? '';
  const kept = rest.length > 1 && INSTANT_WORDS.has(last) && last !== 'at' ? rest.slice(0, -1) : rest;
  return kept.map((w, i) => (i === 0 ? PAST[w] ?? w : w)).join('_');
}

/** The column's DEFAULT reads the clock as Unix time: 'seconds' or 'millis' (`unixepoch() * 1000`). */
function clockDefault(column: Column): 'seconds' | 'millis' | undefined {
  const d = column.default;
  if (d?.kind !== 'expression' || !EPOCH_DEFAULT.test(d.sql)) return undefined;
  return MILLIS_DEFAULT.test(d.sql) ? 'millis' : 'seconds';
}

function hasLargeLiteral(e: Expr): boolean {
  if (e.kind === 'literal' && typeof e.value === 'number') return Math.abs(e.value) >= DAY_SCALE_LIMIT;
  return exprChildren(e).some(hasLargeLiteral);
}

/** A CHECK compares the column with a number beyond day numbers (`created_at > 1500000000`): CHECK bounds read it as days. */
function largeCheckLiteral(table: Table, column: Column): boolean {
  return table.checks.some((c) => columnsOf(c.expr).has(column.name) && hasLargeLiteral(c.expr));
}

/** The largest value an integer column holds, or 0 for other columns and MySQL YEAR. */
function intTop(column: Column): number {
  const t = baseType(column.type);
  return t.kind === 'int' && t.year !== true ? intRange(t)[1] : 0;
}

/** Seconds and milliseconds need 32 and 64 bits (a 32-bit column writes seconds, until 2038). */
const INT32_TOP = 2 ** 31 - 1;
const MILLIS_TOP = 2 ** 53 - 1;

/**
 * How an integer column holds an instant, when it does: Unix seconds or milliseconds. Its
 * DEFAULT reads the clock as Unix time, or its name is an instant (`created_at`, `expires_ts`,
 * `create_time`, `updated`, `last_seen_ms`) and no span of time (`time_spent`, `timeout`,
 * `response_time_ms`); milliseconds when the name or DEFAULT says so and the type holds them.
 * Not for types under 32 bits, nor where a CHECK compares the column with a number beyond day
 * numbers (the CHECK's bounds would read it as days).
 *
 * @example
 * ```ts
 * epochUnitOf(table, { name: 'last_seen_ms', type: { kind: 'int', bits: 64 }, nullable: true }) // 'epochMillis'
 * ```
 */
export function epochUnitOf(table: Table, column: Column): EpochUnit | undefined {
  const top = intTop(column);
  const clock = clockDefault(column);
  const words = wordsOf(column.name);
  if (top < INT32_TOP || !(clock || isInstantName(words)) || largeCheckLiteral(table, column)) return undefined;
  const millis = clock === 'millis' || MILLIS_WORDS.has(words[words.length - 1] ?? '');
  return millis && top >= MILLIS_TOP ? 'epochMillis' : 'epochSeconds';
}

/** True for an integer type of at most 32 bits, whose seconds end in 2038. */
export const endsIn2038 = (column: Column): boolean => intTop(column) < 2 ** 32;
