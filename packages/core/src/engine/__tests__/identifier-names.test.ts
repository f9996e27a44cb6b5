import { describe, expect, it } from 'vitest';
import { planFor, type ColumnSpec, type Plan } from '../../plan/index.js';
import { columnContext } from '../../plan/infer/column-context.js';
import { identifierBeforeRules, identifierByName, JSON_TEXT_ROOM } from '../../plan/infer/identifier-names.js';
import type { GeneratedData, Schema, Value } from '../../schema/index.js';
import { maxLengthOf } from '../../schema/index.js';
import { generate } from '../generate.js';
import { col, fk, schemaOf, table, text } from './schema-builder.js';

/** Tables of Prisma, Laravel, Rails and TypeORM schemas whose text columns used to get prose. */
const orm = (): Schema => schemaOf(
  table('User', [col('id', text()), col('email', text(191))], { primaryKey: { columns: ['id'] } }),
  table('Post', [col('id', text()), col('authorId', text())], { primaryKey: { columns: ['id'] }, foreignKeys: [fk(['authorId'], 'User', ['id'])] }),
  table('sessions', [col('id', text(255)), col('user_agent', text(), { nullable: true }), col('payload', text())], { primaryKey: { columns: ['id'] } }),
  table('users', [
    col('id', text(26)), col('remember_token', text(100), { nullable: true }), col('reset_password_token', text(255), { nullable: true }),
    col('confirmation_token', text(20), { nullable: true }), col('time_zone', text(64), { default: { kind: 'literal', value: 'UTC' } }),
    col('locale', text(5)), col('api_key', text(32)), col('password_digest_salt', text(12)),
  ], { primaryKey: { columns: ['id'] }, uniques: [{ columns: ['reset_password_token'] }, { columns: ['confirmation_token'] }] }),
  table('schema_migrations', [col('version', text(255))], { primaryKey: { columns: ['version'] } }),
  table('ar_internal_metadata', [col('key', text(255)), col('value', text(255), { nullable: true })], { primaryKey: { columns: ['key'] } }),
  table('accounts', [col('subdomain', text(63)), col('plan', text(20), { default: { kind: 'literal', value: 'free' } }), col('domain', text(255)), col('hostname', text(40))], {
    uniques: [{ columns: ['subdomain'] }, { columns: ['domain'] }],
  }),
  table('products', [col('productSku', text(32)), col('variant_sku', text(8)), col('external_id', text(8))], { uniques: [{ columns: ['productSku'] }, { columns: ['external_id'] }] }),
  table('coupons', [col('code', text(12)), col('verification_code', text(6))], { uniques: [{ columns: ['code'] }] }),
  table('jobs', [col('queue', text(255)), col('payload', text(JSON_TEXT_ROOM))]),
  table('migrations', [col('migration', text(255)), col('event_ulid', text(26))]),
  table('Account', [col('provider', text()), col('providerAccountId', text()), col('access_token', text(), { nullable: true }), col('scope', text(), { nullable: true })]),
  table('releases', [col('app_version', text(7)), col('checksum', text(64))], { uniques: [{ columns: ['app_version'] }] }),
);

const ROWS = 1000;

/** The plan, each column `identifierByName` (or the before-rules call) knows set as `inferColumn` would: `unique` for keys, the plan's NULL share otherwise. */
function wiredPlan(schema: Schema): { plan: Plan; taken: Map<string, ColumnSpec> } {
  const plan = planFor(schema, { rows: ROWS, seed: 7 });
  const taken = new Map<string, ColumnSpec>();
  for (const t of schema.tables) {
    const tp = plan.tables[t.name];
    for (const c of t.columns) {
      const ctx = columnContext(t, c, plan.referenceDate, tp?.rows ?? ROWS);
      const found = identifierBeforeRules(ctx) ?? identifierByName(ctx);
      if (!found || !tp) continue;
      const nullRate = tp.columns[c.name]?.nullRate;
      const s: ColumnSpec = ctx.unique ? { ...found, unique: true } : { ...found, ...(nullRate ? { nullRate } : {}) };
      tp.columns[c.name] = s;
      taken.set(`${t.name}.${c.name}`, s);
    }
  }
  return { plan, taken };
}

function valuesOf(data: GeneratedData, tableName: string, column: string): Value[] {
  const t = data.tables.find((x) => x.table.name === tableName);
  const i = t?.table.columns.findIndex((c) => c.name === column) ?? -1;
  return t ? [...t.batches()].flat().map((r) => r[i] ?? null) : [];
}

/** A failure message when `v` is not what `s` promises. */
function shapeProblem(s: ColumnSpec, v: string): string | undefined {
  if (s.generator === 'regex' && !new RegExp(`^(${s.pattern})$`).test(v)) return `${v} !~ ${s.pattern}`;
  if (s.generator === 'enum' && !s.values.includes(v)) return `${v} not in the enum`;
  if (s.generator === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v)) return `${v} is no UUID`;
  if (s.generator === 'json') { try { JSON.parse(v); } catch { return `${v} is no JSON`; } }
  return undefined;
}

describe('identifierByName specs in the engine', () => {
  const schema = orm();
  const { plan, taken } = wiredPlan(schema);
  const data = generate(schema, plan);

  it('takes the ORM columns', () => {
    expect([...taken.keys()]).toEqual(expect.arrayContaining([
      'User.id', 'sessions.id', 'sessions.user_agent', 'sessions.payload', 'users.remember_token', 'users.time_zone', 'users.locale',
      'schema_migrations.version', 'ar_internal_metadata.key', 'accounts.subdomain', 'accounts.plan', 'products.productSku', 'jobs.queue', 'jobs.payload',
    ]));
    expect(taken.has('Post.authorId')).toBe(false);
  });

  it('draws 1,000 values that fit the column, have the promised shape and, for keys, are distinct', () => {
    for (const [where, s] of taken) {
      const [tableName = '', column = ''] = where.split('.');
      const c = schema.tables.find((t) => t.name === tableName)?.columns.find((x) => x.name === column);
      const values = valuesOf(data, tableName, column).filter((v): v is string => v !== null);
      expect(values.length, where).toBeGreaterThan(ROWS * 0.5);
      const max = c ? maxLengthOf(c) ?? Infinity : Infinity;
      expect(values.filter((v) => typeof v !== 'string' || v.length > max), where).toEqual([]);
      expect(values.map((v) => shapeProblem(s, v)).filter((p) => p !== undefined).slice(0, 3), where).toEqual([]);
      if (s.unique) expect(new Set(values).size, where).toBe(values.length);
    }
  });

  it('copies the UUID keys into the foreign keys that refer to them', () => {
    const ids = new Set(valuesOf(data, 'User', 'id'));
    expect(valuesOf(data, 'Post', 'authorId').every((v) => ids.has(v))).toBe(true);
  });

  it('draws varied values, the DEFAULT often', () => {
    const zones = valuesOf(data, 'users', 'time_zone');
    expect(zones.filter((z) => z === 'UTC').length).toBeGreaterThan(ROWS * 0.2);
    expect(new Set(zones).size).toBeGreaterThan(3);
    expect(new Set(valuesOf(data, 'users', 'remember_token')).size).toBeGreaterThan(ROWS * 0.8);
  });
});
