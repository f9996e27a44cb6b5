import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, type Plan } from '../plan/index.js';
import type { Schema, Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const SAAS = `CREATE TABLE subscriptions (id BIGSERIAL PRIMARY KEY,
  status VARCHAR(20) NOT NULL CHECK (status IN ('trialing','active','past_due','canceled')),
  started_at TIMESTAMPTZ NOT NULL, trial_ends_at TIMESTAMPTZ, current_period_start DATE NOT NULL, current_period_end DATE NOT NULL,
  canceled_at TIMESTAMPTZ, CHECK (current_period_end > current_period_start));
CREATE TABLE invoices (id BIGSERIAL PRIMARY KEY, subscription_id BIGINT NOT NULL REFERENCES subscriptions(id),
  status VARCHAR(15) NOT NULL CHECK (status IN ('draft','open','paid','void','uncollectible')),
  issued_at TIMESTAMPTZ NOT NULL, due_date DATE NOT NULL, paid_at TIMESTAMPTZ, voided_at TIMESTAMPTZ);`;

type Row = Record<string, Value>;
const DAY = 86_400_000;

/** Every row of `table` as a record by column name. */
function rowsOf(schema: Schema, plan: Plan, table: string): Row[] {
  const t = generate(schema, plan).tables.find((x) => x.table.name === table);
  if (!t) throw new Error(`no ${table}`);
  const names = t.table.columns.map((c) => c.name);
  return [...t.batches()].flat().map((r) => Object.fromEntries(names.map((n, i) => [n, r[i] ?? null])));
}

/** Days from `a` to `b` (timestamps in milliseconds, dates in days). */
const daysBetween = (a: Value | undefined, b: Value | undefined, aIsDate = false, bIsDate = false): number =>
  (bIsDate ? Number(b) : Number(b) / DAY) - (aIsDate ? Number(a) : Number(a) / DAY);

describe('a subscription\'s and an invoice\'s timestamps follow its status (trialing, past_due, void, uncollectible are known labels)', () => {
  let schema: Schema;
  let plan: Plan;
  beforeAll(async () => {
    await loadParsers();
    schema = parseSchema(SAAS).schema;
    plan = planFor(schema, { rows: 1500, seed: 3 });
  });
  const spec = (table: string, column: string) => plan.tables[table]?.columns[column];

  it('infers presentWhen and an earlier column for each (before: windows with a nullRate, on every status)', () => {
    expect(spec('subscriptions', 'trial_ends_at')).toMatchObject({ generator: 'after', column: 'started_at', minGap: 7, maxGap: 30, presentWhen: { column: 'status', in: ['trialing'] } });
    expect(spec('subscriptions', 'canceled_at')).toMatchObject({ generator: 'after', column: 'started_at', presentWhen: { column: 'status', in: ['canceled'] } });
    expect(spec('subscriptions', 'current_period_start')).toMatchObject({ generator: 'after', column: 'started_at', minGap: 0, maxGap: 30 });
    expect(spec('invoices', 'paid_at')).toMatchObject({ generator: 'after', column: 'issued_at', presentWhen: { column: 'status', in: ['paid'] } });
    expect(spec('invoices', 'paid_at')?.nullRate).toBeUndefined();
    expect(spec('invoices', 'voided_at')).toMatchObject({ generator: 'after', column: 'issued_at', presentWhen: { column: 'status', in: ['void'] } });
    expect(spec('subscriptions', 'current_period_end')).toMatchObject({ generator: 'after', column: 'current_period_start', minGap: 28, maxGap: 31 });
  });

  it('generates subscriptions whose trial and cancellation agree with the status and follow the start', () => {
    const rows = rowsOf(schema, plan, 'subscriptions');
    expect(rows.every((r) => (r.trial_ends_at !== null) === (r.status === 'trialing'))).toBe(true);
    expect(rows.every((r) => (r.canceled_at !== null) === (r.status === 'canceled'))).toBe(true);
    const trials = rows.filter((r) => r.trial_ends_at !== null).map((r) => daysBetween(r.started_at, r.trial_ends_at));
    expect(trials.length).toBeGreaterThan(100);
    expect(trials.every((d) => d >= 7 && d <= 31)).toBe(true);
    expect(rows.filter((r) => r.canceled_at !== null && Number(r.canceled_at) < Number(r.started_at))).toHaveLength(0);
    const periods = rows.map((r) => daysBetween(r.started_at, r.current_period_start, false, true));
    expect(periods.filter((d) => d < -1)).toHaveLength(0);
    const lengths = rows.map((r) => Number(r.current_period_end) - Number(r.current_period_start));
    expect(lengths.every((d) => d >= 28 && d <= 31)).toBe(true);
  });

  it('starts no current period after the reference date (a start near it is not pushed into the future)', () => {
    const reference = Date.parse(`${plan.referenceDate}T00:00:00Z`) / DAY;
    const starts = rowsOf(schema, plan, 'subscriptions').map((r) => Number(r.current_period_start));
    expect(starts.filter((d) => d > reference)).toHaveLength(0);
  });

  it('generates paid_at only on paid invoices, voided_at only on void ones', () => {
    const rows = rowsOf(schema, plan, 'invoices');
    expect(rows.every((r) => (r.paid_at !== null) === (r.status === 'paid'))).toBe(true);
    expect(rows.every((r) => (r.voided_at !== null) === (r.status === 'void'))).toBe(true);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['draft', 'open', 'paid', 'void', 'uncollectible']));
  });
});
