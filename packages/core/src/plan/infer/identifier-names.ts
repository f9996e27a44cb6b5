import type { ColumnSpec } from '../column-spec.js';
import { maxLengthOf, siblingNamed, type ColumnContext } from './column-context.js';
import { documentNumberByName } from './document-names.js';
import { distinctKey, fittingRegex, hexDigest, secretToken, wordLabel } from './identifier-tokens.js';
import {
  AUTH_PROVIDERS, ENVIRONMENTS, LANGUAGE_CODES, LOCALES, MIME_TYPES, OAUTH_SCOPES, PLANS, QUEUE_CONNECTIONS, QUEUES, TIME_ZONES, USER_AGENTS, vocabularyEnum,
} from './identifier-vocabularies.js';

type NameRule = readonly [RegExp, (ctx: ColumnContext) => ColumnSpec | undefined];

/** Longest JSON document the `json` generator writes is about 110 characters: a column this long holds every one whole. */
export const JSON_TEXT_ROOM = 200;

/** Rails `schema_migrations.version`: a `YYYYMMDDHHMMSS` stamp of 2015–2025. */
export const MIGRATION_VERSION = '20(1[5-9]|2[0-5])(0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[0-8])([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]';
/** Laravel `migrations.migration`: `2019_08_19_000000_create_failed_jobs_table`. */
export const MIGRATION_FILE = '20(1[4-9]|2[0-5])_(0[1-9]|1[0-2])_(0[1-9]|1[0-9]|2[0-8])_([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]_create_(users|orders|products|posts|comments|jobs|sessions|invoices|payments|teams)_table';
/** A semantic version without leading zeros (`3.14.2`). */
export const SEMVER = '[1-9]\\.([0-9]|[1-9][0-9])\\.([0-9]|[1-9][0-9])';
/** A host name under the reserved `example` domains (`api-07.example.net`); a key's are spelled from the row (`kqz07.example.com`). */
const HOSTNAME = '(web|app|api|db|worker|cache|mail)-[0-9]{2}\\.example\\.(com|net|org)';
const UNIQUE_HOSTNAME = '[a-z]{3,10}[0-9]{2}\\.example\\.com';
const DOMAIN = '(acme|north|blue|river|summit|bright|cedar|harbor|nova|pixel)(labs|works|hub|soft|ly)?\\.example\\.(com|org|net)';
const UNIQUE_DOMAIN = '[a-z]{4,12}\\.example\\.com';
/** A ULID (`01HV3K…`, Crockford base 32, 26 characters). */
const ULID = '0[1-7][0-9A-HJKMNP-TV-Z]{24}';
/** A stored file's name (`invoice_20240312.pdf`, `scan_20190704_v2.jpg`). */
export const FILE_NAME = '(report|invoice|photo|scan|notes|backup|export|summary|budget|resume|contract|statement|receipt|agenda|slides|data)_20(1[5-9]|2[0-5])(0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[0-8])(_v[2-9])?\\.(pdf|docx|xlsx|csv|png|jpg|txt|zip)';
/** A one-time numeric code (`048213`). */
const DIGIT_CODE = '[0-9]{6}';

const inTable = (ctx: ColumnContext, word: string): boolean => ctx.tableWords.some((w) => w.includes(word));
const isForeignKey = (ctx: ColumnContext): boolean =>
  ctx.table.foreignKeys.some((fk) => fk.columns.some((c) => c.toLowerCase() === ctx.column.name.toLowerCase()));
/** A key/value table: a `value` column next to a `key` or `name` one (Rails' `ar_internal_metadata`, settings tables). */
const isKeyValue = (ctx: ColumnContext): boolean =>
  siblingNamed(ctx.table, /^(value|val)$/) !== undefined && siblingNamed(ctx.table, /^(key|name|setting|option)$/) !== undefined;

/** Locale tags (`en-US`) where five characters fit, else language codes (`en`); `codes` prefers the codes. */
function localeSpec(ctx: ColumnContext, codes: boolean): ColumnSpec | undefined {
  const max = maxLengthOf(ctx.column) ?? Infinity;
  return vocabularyEnum(ctx, !codes && max >= 5 ? LOCALES : LANGUAGE_CODES);
}

function versionSpec(ctx: ColumnContext): ColumnSpec | undefined {
  return inTable(ctx, 'migration') ? fittingRegex(ctx, MIGRATION_VERSION) : fittingRegex(ctx, SEMVER);
}

const hostSpec = (ctx: ColumnContext): ColumnSpec | undefined => fittingRegex(ctx, ctx.unique ? UNIQUE_HOSTNAME : HOSTNAME);
const domainSpec = (ctx: ColumnContext): ColumnSpec | undefined => fittingRegex(ctx, ctx.unique ? UNIQUE_DOMAIN : DOMAIN);

/** A SKU (`KTR-482913`) where ten characters fit; a shorter column that need not be unique gets tokens (the engine gives a key tokens itself). */
function skuSpec(ctx: ColumnContext): ColumnSpec {
  return !ctx.unique && (maxLengthOf(ctx.column) ?? 10) < 10 ? { generator: 'identifier', kind: 'token' } : { generator: 'identifier', kind: 'sku' };
}

/** A small JSON object as text, where the column holds it whole and need not be unique (a row token would break it). */
function jsonText(ctx: ColumnContext): ColumnSpec | undefined {
  return !ctx.unique && (maxLengthOf(ctx.column) ?? JSON_TEXT_ROOM) >= JSON_TEXT_ROOM ? { generator: 'json' } : undefined;
}

/** A `key`: a word label in a key/value table (`ar_internal_metadata.key`), else an opaque key (`active_storage_blobs.key`). */
const keySpec = (ctx: ColumnContext): ColumnSpec => (isKeyValue(ctx) ? wordLabel(ctx) : secretToken(ctx));
/** A `value` of a key/value table: one word (`development`). */
const kvValue = (ctx: ColumnContext): ColumnSpec | undefined => (isKeyValue(ctx) && !ctx.unique ? { generator: 'vocabulary', name: 'word' } : undefined);
const connectionSpec = (ctx: ColumnContext): ColumnSpec | undefined => (inTable(ctx, 'job') ? vocabularyEnum(ctx, QUEUE_CONNECTIONS) : undefined);
const providerSpec = (ctx: ColumnContext): ColumnSpec | undefined =>
  siblingNamed(ctx.table, /^(provider_(account|user)_id|provider_id|uid)$/) ? vocabularyEnum(ctx, AUTH_PROVIDERS) : undefined;

/** A ULID where the column holds one and need not be unique, else a distinct key. */
const ulidSpec = (ctx: ColumnContext): ColumnSpec => (ctx.unique ? undefined : fittingRegex(ctx, ULID)) ?? distinctKey(ctx);
/** OAuth scopes next to a token (NextAuth's `Account.scope`). */
const scopeSpec = (ctx: ColumnContext): ColumnSpec | undefined =>
  siblingNamed(ctx.table, /(^|_)token$/) ? vocabularyEnum(ctx, OAUTH_SCOPES) : undefined;

const CODE_PREFIXES = 'promo|coupon|discount|voucher|invite|invitation|referral|access|activation|gift|redemption|booking|reference|ref|tracking|pairing|join|share|short';
const DIGIT_PREFIXES = 'verification|verify|otp|sms|pin|mfa|two_factor|one_time|security|confirmation|reset';

/** Locale and language-code names an existing rule reads as a language name (`locale` → 'Dutch'); {@link identifierBeforeRules} reads them first. */
const LOCALE_RULES: readonly NameRule[] = [
  [/(^|_)locale(_(code|id|tag))?$/, (ctx) => localeSpec(ctx, false)],
  [/^(language|lang)_?tag$/, (ctx) => localeSpec(ctx, false)],
  [/^(lang|lang_?code|language_?code|language_?iso|iso_?language|(ui|preferred|default|user)_lang)$/, (ctx) => localeSpec(ctx, true)],
  [/^language$/, (ctx) => ((maxLengthOf(ctx.column) ?? Infinity) <= 5 ? localeSpec(ctx, true) : undefined)],
];

/** File names and media types, which the `…_name` and `…type` rules would read as a company and a category. */
const FILE_RULES: readonly NameRule[] = [
  [/^(file_?name|original_?file_?name|attachment_?name|upload_?name)$/, (ctx) => fittingRegex(ctx, FILE_NAME)],
  [/^(mime_?type|content_?type|media_?type)$/, (ctx) => vocabularyEnum(ctx, MIME_TYPES)],
];

/** Names of keys, tokens and machine values, in priority order (first match decides). */
const NAME_RULES: readonly NameRule[] = [
  ...LOCALE_RULES,
  [/^(http_)?user_?agent$|^ua$/, (ctx) => vocabularyEnum(ctx, USER_AGENTS)],
  [/(^|_)(time_?zone|tz)(_(id|code))?$|^tzid$/, (ctx) => vocabularyEnum(ctx, TIME_ZONES)],
  [/^(schema_|app_|api_|client_|os_|sdk_|firmware_|software_)?version(_(number|string|code))?$/, versionSpec],
  [/^migration$/, (ctx) => (inTable(ctx, 'migration') ? fittingRegex(ctx, MIGRATION_FILE) : undefined)],
  [/(^|_)subdomain$/, wordLabel],
  [/^(host|hostname|server_?host|fqdn)$/, hostSpec],
  [/^(domain|custom_domain|email_domain|primary_domain)$/, domainSpec],
  [/^queue$/, (ctx) => vocabularyEnum(ctx, QUEUES)],
  [/^connection$/, connectionSpec],
  [/^provider$/, providerSpec],
  [/(^|_)sku$|^sku_|^(product|item|article|part|variant)_(code|number|no|num|ref)$|^mpn$/, skuSpec],
  [/^(payload|data|metadata|meta|meta_data|properties|props|attributes|attrs|extra|extras|options|settings|preferences|prefs|config|configuration|params|parameters|headers|traits|custom_fields)$|(^|_)json$|^json_/, jsonText],
  [/(^|_)(hash|checksum|digest|etag|fingerprint|sha1?|sha256|sha512|md5|salt|nonce)$|^(hash|checksum|digest)_/, hexDigest],
  [/(^|_)(token|secret)$|^session_?(id|key)$|^sid$/, secretToken],
  [new RegExp(`^(${DIGIT_PREFIXES})_?code$|^otp$`), (ctx) => fittingRegex(ctx, DIGIT_CODE)],
  [new RegExp(`^code$|^(${CODE_PREFIXES})_?code$`), () => ({ generator: 'identifier', kind: 'token' })],
  [/^scopes?$/, scopeSpec],
  [/^(plan|tier|subscription_?(plan|tier)|billing_?plan|pricing_?plan)$/, (ctx) => vocabularyEnum(ctx, PLANS)],
  [/^(environment|env|app_env|rails_env|node_env)$/, (ctx) => vocabularyEnum(ctx, ENVIRONMENTS)],
  [/^key$/, keySpec],
  [/^value$/, kvValue],
  [/(^|_)key$/, secretToken],
  [/^(ulid|[a-z0-9_]+_ulid)$/, ulidSpec],
  [/^(id|uid|pk)$|_(id|uid|uuid|guid)$/, distinctKey],
];

function firstRule(rules: readonly NameRule[], ctx: ColumnContext): ColumnSpec | undefined {
  if (isForeignKey(ctx)) return undefined;
  const key = ctx.words.join('_');
  return rules.find(([pattern]) => pattern.test(key))?.[1](ctx);
}

/**
 * A generator for a text column whose name marks a key, token or machine value that ORMs
 * (Prisma, Laravel, Rails, Django, TypeORM) create: text primary keys and `*_id`s (UUIDs), tokens
 * and secrets, digests, session ids, user agents, time zones, locales, migration versions,
 * host names, queues, SKUs, JSON payloads, plans. Every value fits the column's length, and a
 * key gets a distinct value per row. `undefined` for other names (and for foreign keys).
 * Meant for names no other rule matched: call it where prose would be the fallback.
 *
 * @example
 * ```ts
 * identifierByName(ctx) // "id" TEXT PRIMARY KEY → { generator: 'uuid' }
 * identifierByName(ctx) // remember_token VARCHAR(100) → { generator: 'regex', pattern: '[A-Za-z0-9]{40}' }
 * ```
 */
export function identifierByName(ctx: ColumnContext): ColumnSpec | undefined {
  return firstRule(NAME_RULES, ctx);
}

/**
 * The locale and language-code columns an earlier rule would fill with language names
 * (`locale VARCHAR(5)` → `en-US`, `language_code` → `en`, a `language` of at most 5
 * characters → `en`), and business document numbers an earlier rule would fill with notes or
 * payment methods (`credit_note_number`, `payment_no` → `CN-004513`, `PAY-000218`; see
 * {@link documentNumberByName}): call it before the name rules. `undefined` for every other name.
 */
export function identifierBeforeRules(ctx: ColumnContext): ColumnSpec | undefined {
  return firstRule(LOCALE_RULES, ctx) ?? firstRule(FILE_RULES, ctx) ?? (isForeignKey(ctx) ? undefined : documentNumberByName(ctx));
}
