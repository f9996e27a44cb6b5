import { describe, expect, it } from 'vitest';
import type { ColumnSpec, Plan } from '../../plan/index.js';
import { planFor } from '../../plan/index.js';
import type { Expr, Schema, Value } from '../../schema/index.js';
import { generate } from '../generate.js';
import { col, date, int, schemaOf, table, text } from '../__tests__/schema-builder.js';

const STATUSES = ['pending', 'paid', 'shipped', 'delivered'];
const status = { kind: 'enum', values: STATUSES } as const;
const column = (name: string): Expr => ({ kind: 'column', name });

/** shipped_at comes before status in the table, so only the dependency puts status first. */
function orders(checks: Schema['tables'][number]['checks'] = []): Schema {
  return schemaOf(table('orders', [col('id', int), col('shipped_at', date, { nullable: true }), col('status', status), col('note', text(20), { nullable: true })], { primaryKey: { columns: ['id'] }, checks }));
}

function withSpec(schema: Schema, name: string, edit: (s: ColumnSpec) => ColumnSpec, rows = 2000): Plan {
  const plan = planFor(schema, { rows, seed: 7 });
  const tp = plan.tables.orders;
  if (!tp) throw new Error('no orders');
  return { ...plan, tables: { orders: { ...tp, columns: { ...tp.columns, [name]: edit(tp.columns[name] as ColumnSpec) } } } };
}

function rows(schema: Schema, plan: Plan): { at: (r: Value[], c: string) => Value; all: Value[][] } {
  const t = generate(schema, plan).tables[0];
  if (!t) throw new Error('no table');
  const names = t.table.columns.map((c) => c.name);
  return { all: [...t.batches()].flat(), at: (r, c) => r[names.indexOf(c)] ?? null };
}

const shipped = (s: ColumnSpec): ColumnSpec => ({ ...s, nullRate: undefined, presentWhen: { column: 'status', in: ['shipped', 'delivered'] } });

describe('presentWhen', () => {
  it('leaves the column NULL unless the status is listed, and keeps the values it had on the other rows', () => {
    const schema = orders();
    const plain = rows(schema, withSpec(schema, 'shipped_at', (s) => ({ ...s, nullRate: undefined })));
    const gated = rows(schema, withSpec(schema, 'shipped_at', shipped));
    const listed = gated.all.filter((r) => ['shipped', 'delivered'].includes(gated.at(r, 'status') as string));
    expect(listed.length).toBeGreaterThan(500);
    expect(listed.every((r) => gated.at(r, 'shipped_at') !== null)).toBe(true);
    expect(gated.all.filter((r) => gated.at(r, 'shipped_at') !== null)).toHaveLength(listed.length);
    gated.all.forEach((r, i) => {
      expect(gated.at(r, 'status')).toBe(plain.at(plain.all[i] as Value[], 'status'));
      if (gated.at(r, 'shipped_at') !== null) expect(gated.at(r, 'shipped_at')).toEqual(plain.at(plain.all[i] as Value[], 'shipped_at'));
    });
  });

  it('applies nullRate to the rows where the value is present', () => {
    const schema = orders();
    const g = rows(schema, withSpec(schema, 'shipped_at', (s) => ({ ...shipped(s), nullRate: 0.3 })));
    const listed = g.all.filter((r) => ['shipped', 'delivered'].includes(g.at(r, 'status') as string));
    const share = listed.filter((r) => g.at(r, 'shipped_at') === null).length / listed.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.4);
    expect(g.all.some((r) => g.at(r, 'status') === 'pending' && g.at(r, 'shipped_at') !== null)).toBe(false);
  });

  it('compares numbers and text alike (a status of 3 matches "3")', () => {
    const schema = schemaOf(table('orders', [col('id', int), col('shipped_at', date, { nullable: true }), col('status', int)], { primaryKey: { columns: ['id'] } }));
    const plan = withSpec(schema, 'status', () => ({ generator: 'enum', values: [1, 2, 3] }), 600);
    const g = rows(schema, { ...plan, tables: { orders: { ...plan.tables.orders!, columns: { ...plan.tables.orders!.columns, shipped_at: { ...shipped(plan.tables.orders!.columns.shipped_at!), presentWhen: { column: 'status', in: ['3'] } } } } } });
    expect(g.all.every((r) => (g.at(r, 'shipped_at') !== null) === (g.at(r, 'status') === 3))).toBe(true);
    expect(g.all.some((r) => g.at(r, 'status') === 3)).toBe(true);
  });

  it('keeps a redrawn status and its lifecycle value together under a CHECK that ties them', () => {
    // CHECK (status <> 'shipped' OR shipped_at IS NOT NULL): a shipped row NULLed by the nullRate is redrawn whole.
    const tie: Expr = { kind: 'binary', op: 'or', left: { kind: 'binary', op: '<>', left: column('status'), right: { kind: 'literal', value: 'shipped' } }, right: { kind: 'isNull', operand: column('shipped_at'), negated: true } };
    const schema = orders([{ expr: tie, sql: "status <> 'shipped' OR shipped_at IS NOT NULL" }]);
    const g = rows(schema, withSpec(schema, 'shipped_at', (s) => ({ ...shipped(s), nullRate: 0.5 })));
    expect(g.all.some((r) => g.at(r, 'status') === 'shipped')).toBe(true);
    expect(g.all.every((r) => g.at(r, 'status') !== 'shipped' || g.at(r, 'shipped_at') !== null)).toBe(true);
    expect(g.all.every((r) => ['shipped', 'delivered'].includes(g.at(r, 'status') as string) || g.at(r, 'shipped_at') === null)).toBe(true);
  });
});
