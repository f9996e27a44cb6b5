import { describe, expect, it } from 'vitest';
import { RowforgeError } from '../errors/index.js';
import { createSchema, type Column, type Schema } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { planFor } from './plan-for.js';
import type { Plan } from './plan-schema.js';
import { validatePlan } from './validate-plan.js';

const ts = { kind: 'timestamp', withTimeZone: false } as const;
const columns: Column[] = [
  { name: 'id', type: { kind: 'int', bits: 32 }, nullable: false },
  { name: 'status', type: { kind: 'enum', values: ['pending', 'shipped'] }, nullable: false },
  { name: 'ordered_at', type: ts, nullable: false },
  { name: 'shipped_at', type: ts, nullable: true },
  { name: 'packed_at', type: ts, nullable: true },
  { name: 'label', type: { kind: 'string', variant: 'varchar', length: 20 }, nullable: true },
];
const schema: Schema = createSchema({ format: 'rowforge.schema', version: 1, tables: [{ name: 'orders', columns, primaryKey: { columns: ['id'] }, uniques: [{ columns: ['label'] }], foreignKeys: [], checks: [] }] });

function withSpecs(specs: Record<string, (s: ColumnSpec) => ColumnSpec>): Plan {
  const plan = planFor(schema, { rows: 20 });
  const tp = plan.tables.orders!;
  const cols = { ...tp.columns };
  for (const [name, edit] of Object.entries(specs)) cols[name] = edit(cols[name] as ColumnSpec);
  return { ...plan, tables: { orders: { ...tp, columns: cols } } };
}
const when = (column: string, values: string[] = ['shipped']) => (s: ColumnSpec): ColumnSpec => ({ ...s, presentWhen: { column, in: values } });

function problem(plan: Plan): RowforgeError {
  try {
    validatePlan(schema, plan);
  } catch (e) {
    if (e instanceof RowforgeError) return e;
    throw e;
  }
  throw new Error('the plan was accepted');
}

describe('validatePlan on presentWhen', () => {
  it('accepts a status of the row on a nullable column', () => {
    const plan = validatePlan(schema, withSpecs({ shipped_at: when('STATUS') }));
    expect(plan.tables.orders?.columns.shipped_at?.presentWhen).toEqual({ column: 'STATUS', in: ['shipped'] });
  });

  it.each([
    ['an unknown column', { shipped_at: when('state') }, /unknown column "state"/],
    ['the column itself', { shipped_at: when('shipped_at') }, /the column itself/],
    ['a NOT NULL column', { ordered_at: when('status') }, /NOT NULL/],
    ['a UNIQUE column', { label: when('status') }, /key, foreign key or sequence/],
    ['a label the enum lacks', { shipped_at: when('status', ['shipped', 'lost']) }, /"lost", which is not a value of "status"/],
    ['a loop', { shipped_at: when('packed_at'), packed_at: when('shipped_at') }, /loop: (shipped_at|packed_at) → /],
  ])('rejects %s with PLAN_INVALID and a hint', (_, specs, message) => {
    const e = problem(withSpecs(specs));
    expect(e.code).toBe('PLAN_INVALID');
    expect(e.message).toMatch(message);
    expect(String(e.details.hint ?? '')).not.toBe('');
  });

  it("rejects a value a text status's enum plan (a CHECK IN list) never draws", () => {
    const text: Column[] = [columns[0] as Column, { name: 'state', type: { kind: 'string', variant: 'varchar', length: 10 }, nullable: false }, { name: 'closed_at', type: ts, nullable: true }];
    const tickets = createSchema({ format: 'rowforge.schema', version: 1, tables: [{ name: 'tickets', columns: text, primaryKey: { columns: ['id'] }, uniques: [], foreignKeys: [], checks: [] }] });
    const plan = planFor(tickets, { rows: 20 });
    const tp = plan.tables.tickets!;
    const edited = (values: string[]): Plan => ({ ...plan, tables: { tickets: { ...tp, columns: { ...tp.columns, state: { generator: 'enum', values: ['open', 'closed'] }, closed_at: { generator: 'timestamp', from: '2025-01-01', to: '2025-12-31', presentWhen: { column: 'state', in: values } } } } } });
    expect(validatePlan(tickets, edited(['closed'])).tables.tickets?.columns.closed_at?.presentWhen?.in).toEqual(['closed']);
    expect(() => validatePlan(tickets, edited(['closd']))).toThrow(/"closd", which is not a value of "state"/);
  });

  it('sees a loop through another reference (after → presentWhen)', () => {
    const e = problem(withSpecs({ shipped_at: when('packed_at'), packed_at: (s) => ({ generator: 'after', column: 'shipped_at', minGap: 0, maxGap: 2, strict: false, ...(s.nullRate ? { nullRate: s.nullRate } : {}) }) }));
    expect(e.message).toMatch(/loop: shipped_at → packed_at → shipped_at/);
  });
});
