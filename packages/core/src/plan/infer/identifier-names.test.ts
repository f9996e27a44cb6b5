import { describe, expect, it } from 'vitest';
import type { Column, ColumnDefault, LogicalType, Table } from '../../schema/index.js';
import { regexShape } from '../../schema/index.js';
import { ColumnSpecSchema, type ColumnSpec } from '../column-spec.js';
import { generatorFits } from '../generator-compat.js';
import { columnContext, type ColumnContext } from './column-context.js';
import { identifierBeforeRules, identifierByName, MIGRATION_VERSION } from './identifier-names.js';
import { inferString } from './infer-string.js';

const text = (length?: number): LogicalType => ({ kind: 'string', variant: length === undefined ? 'text' : 'varchar', ...(length === undefined ? {} : { length }) });

interface Opts { readonly key?: 'pk' | 'unique'; readonly rows?: number; readonly default?: string; readonly siblings?: readonly string[]; readonly fk?: boolean }

/** The context of `name` (a string column of `length`) in table `tableName`, with optional sibling columns. */
function ctxOf(tableName: string, name: string, length: number | undefined, o: Opts = {}): ColumnContext {
  const def: ColumnDefault | undefined = o.default === undefined ? undefined : { kind: 'literal', value: o.default };
  const column: Column = { name, type: text(length), nullable: o.key === undefined, ...(def ? { default: def } : {}) };
  const others = (o.siblings ?? []).map((n): Column => ({ name: n, type: text(255), nullable: true }));
  const table: Table = {
    name: tableName, columns: [column, ...others], uniques: o.key === 'unique' ? [{ columns: [name] }] : [], checks: [],
    ...(o.key === 'pk' ? { primaryKey: { columns: [name] } } : {}),
    foreignKeys: o.fk ? [{ columns: [name], refTable: 'users', refColumns: ['id'], deferrable: false, initiallyDeferred: false }] : [],
  };
  return columnContext(table, column, '2026-01-01', o.rows ?? 1000);
}

const spec = (table: string, name: string, length: number | undefined, o: Opts = {}): ColumnSpec | undefined => identifierByName(ctxOf(table, name, length, o));
const enumValues = (s: ColumnSpec | undefined): readonly (string | number)[] => (s?.generator === 'enum' ? s.values : []);

describe('identifierByName: keys', () => {
  it('gives a Prisma TEXT primary key and Laravel varchar ids UUIDs, short keys row tokens', () => {
    expect(spec('User', 'id', undefined, { key: 'pk' })).toEqual({ generator: 'uuid' });
    expect(spec('sessions', 'id', 255, { key: 'pk' })).toEqual({ generator: 'uuid' });
    expect(spec('job_batches', 'id', 255, { key: 'pk' })).toEqual({ generator: 'uuid' });
    expect(spec('orders', 'externalId', 24, { key: 'unique' })).toEqual({ generator: 'identifier', kind: 'token' });
    expect(spec('accounts', 'stripe_customer_id', 255)).toEqual({ generator: 'uuid' });
    expect(spec('events', 'external_uuid', 36)).toEqual({ generator: 'uuid' });
    expect(spec('events', 'ulid', 26)).toEqual({ generator: 'regex', pattern: '0[1-7][0-9A-HJKMNP-TV-Z]{24}' });
    expect(spec('events', 'ulid', 26, { key: 'pk' })).toEqual({ generator: 'identifier', kind: 'token' });
  });

  it('leaves foreign keys alone', () => {
    expect(spec('posts', 'authorId', undefined, { fk: true })).toBeUndefined();
    expect(spec('posts', 'api_key', 64, { fk: true })).toBeUndefined();
  });

  it('gives a key/value table word keys and values, other keys opaque tokens', () => {
    const meta = { siblings: ['value', 'created_at'] } as const;
    expect(spec('ar_internal_metadata', 'key', 255, { key: 'pk', ...meta })).toEqual({ generator: 'identifier', kind: 'slug' });
    expect(spec('ar_internal_metadata', 'value', 255, { siblings: ['key'] })).toEqual({ generator: 'vocabulary', name: 'word' });
    expect(spec('active_storage_blobs', 'key', 255, { key: 'unique', siblings: ['filename'] })).toEqual({ generator: 'uuid' });
    expect(spec('products', 'value', 255, { siblings: ['price'] })).toBeUndefined();
  });
});

describe('identifierByName: tokens and digests', () => {
  it('draws random tokens of the column length for tokens that need not be unique', () => {
    expect(spec('users', 'remember_token', 100)).toEqual({ generator: 'regex', pattern: '[A-Za-z0-9]{40}' });
    expect(spec('password_reset_tokens', 'token', 255)).toEqual({ generator: 'regex', pattern: '[A-Za-z0-9]{40}' });
    expect(spec('users', 'api_key', 32)).toEqual({ generator: 'regex', pattern: '[A-Za-z0-9]{32}' });
    expect(spec('users', 'otp_secret', 6)).toEqual({ generator: 'identifier', kind: 'token' });
    expect(spec('_prisma_migrations', 'checksum', 64)).toEqual({ generator: 'regex', pattern: '[0-9a-f]{64}' });
    expect(spec('files', 'md5', 32)).toEqual({ generator: 'regex', pattern: '[0-9a-f]{32}' });
    expect(spec('files', 'etag', 50)).toEqual({ generator: 'regex', pattern: '[0-9a-f]{40}' });
  });

  it('gives unique tokens and session keys distinct keys', () => {
    expect(spec('users', 'reset_password_token', 255, { key: 'unique' })).toEqual({ generator: 'uuid' });
    expect(spec('users', 'confirmationToken', 20, { key: 'unique' })).toEqual({ generator: 'identifier', kind: 'token' });
    expect(spec('django_session', 'session_key', 40, { key: 'pk' })).toEqual({ generator: 'uuid' });
  });
});

describe('identifierByName: machine values', () => {
  it('draws user agents, time zones and queues that fit', () => {
    const ua = enumValues(spec('sessions', 'user_agent', undefined));
    expect(ua.length).toBeGreaterThan(5);
    expect(ua.every((v) => String(v).length > 0)).toBe(true);
    expect(enumValues(spec('sessions', 'user_agent', 60))).toEqual(['curl/8.5.0', 'okhttp/4.12.0']);
    expect(spec('sessions', 'user_agent', 5)).toBeUndefined();
    const zones = enumValues(spec('users', 'time_zone', 255, { default: 'UTC' }));
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Berlin');
    expect(enumValues(spec('users', 'timezone', 10)).every((v) => String(v).length <= 10)).toBe(true);
    expect(enumValues(spec('jobs', 'queue', 255))[0]).toBe('default');
  });

  it('puts a DEFAULT outside the vocabulary first, with its weight', () => {
    const s = spec('accounts', 'plan', 20, { default: 'basic' });
    expect(s).toMatchObject({ generator: 'enum', values: ['basic', 'free', 'starter', 'pro', 'business', 'enterprise'] });
    expect(s?.generator === 'enum' && s.weights?.[0]).toBeCloseTo(66.6667, 3);
    expect(enumValues(spec('accounts', 'plan', 255, { default: 'free' }))[0]).toBe('free');
  });

  it('gives a key with fewer values than rows nothing', () => {
    expect(spec('zones', 'time_zone', 64, { key: 'unique', rows: 1000 })).toBeUndefined();
    expect(spec('zones', 'time_zone', 64, { key: 'unique', rows: 10 })).toMatchObject({ generator: 'enum' });
  });

  it('spells migration versions, semantic versions and Laravel migration names', () => {
    expect(spec('schema_migrations', 'version', 255, { key: 'pk' })).toEqual({ generator: 'regex', pattern: MIGRATION_VERSION });
    expect(spec('schema_migrations', 'version', 10, { key: 'pk' })).toBeUndefined();
    expect(spec('releases', 'app_version', 20)).toMatchObject({ generator: 'regex' });
    expect(spec('releases', 'version', 4)).toBeUndefined();
    expect(spec('migrations', 'migration', 255)).toMatchObject({ generator: 'regex' });
    expect(spec('posts', 'migration', 255)).toBeUndefined();
  });

  it('gives subdomains, host names and domains', () => {
    expect(spec('accounts', 'subdomain', 63, { key: 'unique' })).toEqual({ generator: 'identifier', kind: 'slug' });
    expect(spec('accounts', 'subdomain', 10, { key: 'unique' })).toEqual({ generator: 'identifier', kind: 'token' });
    expect(spec('servers', 'hostname', 255)).toMatchObject({ generator: 'regex' });
    expect(spec('sites', 'domain', 255, { key: 'unique' })).toMatchObject({ generator: 'regex', pattern: '[a-z]{4,12}\\.example\\.com' });
  });

  it('gives SKUs, codes, one-time codes, JSON payloads and providers', () => {
    expect(spec('Product', 'productSku', 32)).toEqual({ generator: 'identifier', kind: 'sku' });
    expect(spec('variants', 'sku_code', 8)).toEqual({ generator: 'identifier', kind: 'token' });
    expect(spec('coupons', 'code', 50, { key: 'unique' })).toEqual({ generator: 'identifier', kind: 'token' });
    expect(spec('users', 'verification_code', 6)).toEqual({ generator: 'regex', pattern: '[0-9]{6}' });
    expect(spec('jobs', 'payload', undefined)).toEqual({ generator: 'json' });
    expect(spec('jobs', 'payload', 100)).toBeUndefined();
    expect(spec('Account', 'provider', 255, { siblings: ['providerAccountId'] })).toMatchObject({ generator: 'enum' });
    expect(spec('failed_jobs', 'connection', undefined)).toMatchObject({ generator: 'enum', values: ['database', 'redis', 'sqs', 'sync'] });
    expect(spec('Account', 'provider', 255)).toBeUndefined();
    expect(enumValues(spec('Account', 'scope', undefined, { siblings: ['access_token'] }))).toContain('openid email profile');
    expect(spec('roles', 'scope', 255)).toBeUndefined();
  });

  it('leaves other names alone', () => {
    for (const name of ['notes', 'headline', 'exception', 'signature', 'reason', 'answer']) expect(spec('things', name, 255)).toBeUndefined();
  });
});

describe('identifierBeforeRules', () => {
  it('gives locales and language codes that fit, and nothing for other names', () => {
    const before = (name: string, length: number | undefined) => identifierBeforeRules(ctxOf('users', name, length));
    expect(enumValues(before('locale', 5))).toContain('en-US');
    expect(enumValues(before('locale', 2))).toContain('fr');
    expect(enumValues(before('language_code', 10))).toEqual(expect.arrayContaining(['en', 'de']));
    expect(enumValues(before('language', 2))).toContain('en');
    expect(before('language', 50)).toBeUndefined();
    expect(before('locale', 1)).toBeUndefined();
    expect(before('queue', 255)).toBeUndefined();
  });
});

/** Every context the describes above use, for the checks that hold for all of them. */
const CASES: readonly ColumnContext[] = [
  ctxOf('User', 'id', undefined, { key: 'pk' }), ctxOf('sessions', 'id', 255, { key: 'pk' }), ctxOf('orders', 'externalId', 24, { key: 'unique' }),
  ctxOf('users', 'remember_token', 100), ctxOf('users', 'reset_password_token', 255, { key: 'unique' }), ctxOf('users', 'confirmationToken', 20, { key: 'unique' }),
  ctxOf('sessions', 'user_agent', undefined), ctxOf('users', 'time_zone', 255, { default: 'UTC' }), ctxOf('jobs', 'queue', 255, { default: 'default' }),
  ctxOf('accounts', 'plan', 20, { default: 'free' }), ctxOf('schema_migrations', 'version', 255, { key: 'pk' }), ctxOf('migrations', 'migration', 255),
  ctxOf('accounts', 'subdomain', 63, { key: 'unique' }), ctxOf('servers', 'hostname', 255), ctxOf('sites', 'domain', 255, { key: 'unique' }),
  ctxOf('Product', 'productSku', 32), ctxOf('coupons', 'code', 50, { key: 'unique' }), ctxOf('users', 'verification_code', 6), ctxOf('jobs', 'payload', undefined),
  ctxOf('users', 'locale', 5), ctxOf('ar_internal_metadata', 'key', 255, { key: 'pk', siblings: ['value'] }), ctxOf('_prisma_migrations', 'checksum', 64),
  ctxOf('releases', 'app_version', 20), ctxOf('users', 'api_key', 32), ctxOf('Account', 'provider', 255, { siblings: ['providerAccountId'] }),
  ctxOf('events', 'ulid', 26), ctxOf('Account', 'scope', undefined, { siblings: ['access_token'] }), ctxOf('migrations', 'migration', 255),
];

describe('every spec', () => {
  const specs = CASES.map((c) => [c, identifierByName(c)] as const);

  it('is given, parses with the plan schema and fits the column type', () => {
    for (const [c, s] of specs) {
      expect(s, c.column.name).toBeDefined();
      expect(ColumnSpecSchema.parse(s)).toEqual(expect.objectContaining(s));
      if (s) expect(generatorFits(s, c.column.type), c.column.name).toBe(true);
    }
  });

  it('has regexes the engine reads', () => {
    for (const [, s] of specs) if (s?.generator === 'regex') expect(regexShape(s.pattern), s.pattern).toBeDefined();
  });

  it('takes only names that fall through to prose or tokens before wiring, and locales from the language rule (or is wired in)', () => {
    for (const c of CASES) {
      const today = inferString(c);
      const ours = identifierBeforeRules(c) ?? identifierByName(c);
      if (JSON.stringify(today) === JSON.stringify(ours)) continue;
      if (identifierBeforeRules(c) !== undefined) expect(today).toMatchObject({ generator: 'vocabulary', name: 'language' });
      else expect(['text', 'identifier'], `${c.column.name}: ${JSON.stringify(today)}`).toContain(today.generator);
    }
  });
});

describe('file names and media types', () => {
  it('reads file_name as a file name and mime_type as a media type (they were company names and categories)', () => {
    const column = (name: string): Column => ({ name, type: text(120), nullable: false });
    const table: Table = { name: 'files', columns: [column('file_name'), column('mime_type')], uniques: [], checks: [], foreignKeys: [] };
    const spec = (c: Column): ColumnSpec => inferString(columnContext(table, c, '2026-01-01', 100));
    expect(spec(table.columns[0]!)).toMatchObject({ generator: 'regex' });
    expect(spec(table.columns[1]!)).toMatchObject({ generator: 'enum', values: expect.arrayContaining(['application/pdf', 'image/png']) });
  });
});
