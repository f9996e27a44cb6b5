import type { ColumnSpec } from '../column-spec.js';
import { maxLengthOf, type ColumnContext } from './column-context.js';

/** A small vocabulary: values most common first, with their relative weights. */
export interface Vocabulary {
  readonly values: readonly string[];
  readonly weights: readonly number[];
}

const vocabulary = (pairs: readonly (readonly [string, number])[]): Vocabulary => ({ values: pairs.map(([v]) => v), weights: pairs.map(([, w]) => w) });

/** IANA time zones, UTC most often (Rails and Laravel default to it). */
export const TIME_ZONES = vocabulary([
  ['UTC', 30], ['America/New_York', 12], ['America/Chicago', 6], ['America/Los_Angeles', 8], ['America/Denver', 3],
  ['Europe/London', 8], ['Europe/Berlin', 5], ['Europe/Paris', 5], ['Europe/Amsterdam', 2], ['Asia/Tokyo', 4],
  ['Asia/Singapore', 2], ['Asia/Kolkata', 3], ['Australia/Sydney', 3], ['America/Sao_Paulo', 2], ['Africa/Johannesburg', 1],
]);

/** BCP 47 locale tags with a region (`en-US`), for columns of five characters or more. */
export const LOCALES = vocabulary([
  ['en-US', 40], ['en-GB', 10], ['fr-FR', 8], ['de-DE', 8], ['es-ES', 6], ['pt-BR', 5], ['it-IT', 4], ['nl-NL', 3],
  ['ja-JP', 4], ['zh-CN', 4], ['es-MX', 3], ['sv-SE', 2], ['pl-PL', 2], ['ko-KR', 1],
]);

/** ISO 639-1 language codes (`en`), for columns of two to four characters. */
export const LANGUAGE_CODES = vocabulary([
  ['en', 45], ['fr', 9], ['de', 9], ['es', 9], ['pt', 6], ['it', 5], ['nl', 4], ['ja', 4], ['zh', 4], ['sv', 2], ['pl', 2], ['ko', 1],
]);

/** Job queue names (Laravel's `jobs.queue`, Sidekiq, Celery), `default` most often. */
export const QUEUES = vocabulary([['default', 60], ['high', 10], ['low', 8], ['emails', 10], ['notifications', 8], ['exports', 4]]);

/** Media types of stored files and uploads. */
export const MIME_TYPES = vocabulary([
  ['application/pdf', 30], ['image/jpeg', 20], ['image/png', 18], ['text/csv', 6], ['text/plain', 6], ['application/zip', 4],
  ['application/json', 4], ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 5],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 5], ['image/gif', 2],
]);

/** Subscription plan names. */
export const PLANS = vocabulary([['free', 45], ['starter', 20], ['pro', 20], ['business', 10], ['enterprise', 5]]);

/** Deployment environments (Rails' `ar_internal_metadata`, feature flags). */
export const ENVIRONMENTS = vocabulary([['production', 50], ['staging', 20], ['development', 25], ['test', 5]]);

/** Queue connections of Laravel's `failed_jobs.connection`. */
export const QUEUE_CONNECTIONS = vocabulary([['database', 50], ['redis', 35], ['sqs', 10], ['sync', 5]]);

/** Sign-in providers of an OAuth account table (NextAuth's `Account.provider`). */
export const AUTH_PROVIDERS = vocabulary([['google', 40], ['github', 25], ['email', 15], ['apple', 10], ['facebook', 10]]);

/** OAuth scope lists granted to an account (space-separated, as providers return them). */
export const OAUTH_SCOPES = vocabulary([
  ['openid email profile', 45], ['email profile', 20], ['read:user user:email', 15], ['openid profile', 10], ['read write', 10],
]);

/** Browser user-agent strings (desktop and mobile), Chrome on Windows most often. */
export const USER_AGENTS = vocabulary([
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 30],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 12],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 10],
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 14],
  ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36', 10],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0', 8],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0', 8],
  ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 4],
  ['curl/8.5.0', 2],
  ['okhttp/4.12.0', 2],
]);

/** Share of rows a column's own DEFAULT is drawn for, when it is not one of the vocabulary's values. */
const DEFAULT_SHARE = 0.4;

/** The column's literal string DEFAULT, if any. */
function literalDefault(ctx: ColumnContext): string | undefined {
  const d = ctx.column.default;
  return d?.kind === 'literal' && typeof d.value === 'string' && d.value !== '' ? d.value : undefined;
}

/** The vocabulary with the column's DEFAULT added first (drawn 40 % of the time) when it is not already in it. */
function withDefault(v: Vocabulary, def: string | undefined): Vocabulary {
  if (def === undefined || v.values.includes(def)) return v;
  const total = v.weights.reduce((a, b) => a + b, 0);
  return { values: [def, ...v.values], weights: [Number(((total * DEFAULT_SHARE) / (1 - DEFAULT_SHARE)).toFixed(4)), ...v.weights] };
}

/**
 * An `enum` of the vocabulary's values that fit the column (its DEFAULT among them); `undefined`
 * when none fits, or when the column is a key with more rows than values.
 */
export function vocabularyEnum(ctx: ColumnContext, v: Vocabulary): ColumnSpec | undefined {
  const max = maxLengthOf(ctx.column) ?? Infinity;
  const all = withDefault(v, literalDefault(ctx));
  const keep = all.values.map((value, i) => [value, all.weights[i] ?? 1] as const).filter(([value]) => value.length <= max);
  if (keep.length === 0 || (ctx.unique && keep.length < ctx.rows)) return undefined;
  if (ctx.unique) return { generator: 'enum', values: keep.map(([value]) => value) };
  return { generator: 'enum', values: keep.map(([value]) => value), weights: keep.map(([, w]) => w) };
}
