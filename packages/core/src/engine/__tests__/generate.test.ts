import { describe, expect, it } from 'vitest';
import { planFor } from '../../plan/index.js';
import type { GeneratedData, Row, Value } from '../../schema/index.js';
import { generate } from '../generate.js';
import { col, date, fk, int, schemaOf, table, text } from './schema-builder.js';

const rowsOf = (data: GeneratedData, name: string): Row[] => {
  const t = data.tables.find((x) => x.table.name === name);
  return t ? [...t.batches()].flat() : [];
};
const colOf = (data: GeneratedData, name: string, column: string): Value[] => {
  const t = data.tables.find((x) => x.table.name === name);
  const i = t?.table.columns.findIndex((c) => c.name === column) ?? -1;
  return rowsOf(data, name).map((r) => r[i] ?? null);
};

const shop = () => schemaOf(
  table('customers', [col('id', int), col('first_name', text(50)), col('last_name', text(50)), col('email', text(120))], { primaryKey: { columns: ['id'] }, uniques: [{ columns: ['email'] }] }),
  table('orders', [col('id', int), col('customer_id', int), col('order_date', date), col('ship_date', date, { nullable: true }), col('total', { kind: 'decimal', precision: 8, scale: 2 })], {
    primaryKey: { columns: ['id'] }, foreignKeys: [fk(['customer_id'], 'customers', ['id'])],
    checks: [{ expr: { kind: 'binary', op: '>', left: { kind: 'column', name: 'total' }, right: { kind: 'literal', value: 0 } }, sql: 'total > 0' }],
  }),
);

describe('generate', () => {
  it('makes the planned number of rows with unique keys and resolvable foreign keys', () => {
    const s = shop();
    const data = generate(s, planFor(s, { rows: 500, rowsFor: { orders: 2000 }, seed: 3 }));
    const ids = new Set(colOf(data, 'customers', 'id'));
    expect(ids.size).toBe(500);
    expect(new Set(colOf(data, 'customers', 'email')).size).toBe(500);
    const fks = colOf(data, 'orders', 'customer_id');
    expect(fks).toHaveLength(2000);
    expect(fks.every((v) => ids.has(v))).toBe(true);
  });

  it('is deterministic and seed-sensitive', () => {
    const s = shop();
    const a = rowsOf(generate(s, planFor(s, { rows: 50, seed: 1 })), 'orders');
    const b = rowsOf(generate(s, planFor(s, { rows: 50, seed: 1 })), 'orders');
    const c = rowsOf(generate(s, planFor(s, { rows: 50, seed: 2 })), 'orders');
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('gives any row range the same rows as a full run', () => {
    const s = shop();
    const data = generate(s, planFor(s, { rows: 300, seed: 9 }));
    const orders = data.tables.find((t) => t.table.name === 'orders');
    const all = [...(orders?.batches() ?? [])].flat();
    const slice = [...(orders?.batches({ start: 120, end: 180 }) ?? [])].flat();
    expect(slice).toEqual(all.slice(120, 180));
  });

  it('keeps paired dates in order and CHECK bounds', () => {
    const s = shop();
    const data = generate(s, planFor(s, { rows: 400, seed: 5 }));
    const orders = rowsOf(data, 'orders');
    for (const r of orders) {
      if (r[3] !== null) expect(r[3] as number).toBeGreaterThanOrEqual(r[2] as number);
      expect(r[4] as number).toBeGreaterThan(0);
    }
  });

  it('leaves other columns unchanged when a column is added', () => {
    const s1 = shop();
    const s2 = schemaOf(
      table('customers', [col('id', int), col('first_name', text(50)), col('last_name', text(50)), col('email', text(120)), col('nickname', text(30), { nullable: true })], { primaryKey: { columns: ['id'] }, uniques: [{ columns: ['email'] }] }),
      ...s1.tables.slice(1),
    );
    const a = generate(s1, planFor(s1, { rows: 100, seed: 4 }));
    const b = generate(s2, planFor(s2, { rows: 100, seed: 4 }));
    for (const c of ['id', 'first_name', 'last_name', 'email']) expect(colOf(b, 'customers', c)).toEqual(colOf(a, 'customers', c));
    expect(rowsOf(b, 'orders')).toEqual(rowsOf(a, 'orders'));
  });

  it('keeps generator version 1 phone numbers whether the phone or an address column reads the row\'s location first', () => {
    const id = col('id', int, { nullable: false });
    const phone = col('phone', text(20), { nullable: false });
    const city = col('city', text(40), { nullable: false });
    const run = (columns: typeof id[]): GeneratedData => {
      const schema = schemaOf(table('c', columns, { primaryKey: { columns: ['id'] } }));
      return generate(schema, planFor(schema, { rows: 4, seed: 1 }));
    };
    const phoneFirst = run([id, phone, city]);
    const cityFirst = run([id, city, phone]);
    expect(colOf(phoneFirst, 'c', 'phone')).toEqual(['(607) 555-0112', '(617) 555-0169', '(316) 555-0135', '(516) 555-0165']);
    expect(colOf(cityFirst, 'c', 'phone')).toEqual(['(607) 555-0183', '(617) 555-0100', '(316) 555-0181', '(516) 555-0180']);
    expect(colOf(cityFirst, 'c', 'city')).toEqual(['New York', 'Gloucester', 'Manhattan', 'New York']);
  });

  it('gives a foreign key to a phone column the phone the parent row has, whichever address column reads the location first', () => {
    const id = col('id', int, { nullable: false });
    const contact = table('contact', [id, col('city', text(40), { nullable: false }), col('phone', text(20), { nullable: false }), col('zip', text(5))], {
      primaryKey: { columns: ['id'] }, uniques: [{ columns: ['phone'] }],
    });
    const calls = table('call_log', [id, col('phone', text(20), { nullable: false }), col('zip', text(5))], {
      primaryKey: { columns: ['id'] }, foreignKeys: [fk(['phone'], 'contact', ['phone'])],
    });
    const schema = schemaOf(contact, calls);
    const data = generate(schema, planFor(schema, { rows: 60, seed: 1 }));
    const phones = new Set(colOf(data, 'contact', 'phone'));
    expect(colOf(data, 'call_log', 'phone').filter((p) => !phones.has(p))).toEqual([]);
  });

  it('gives foreign keys to an email and a full name the values the parent row has, whichever cell draws the row\'s sex first', () => {
    const id = col('id', int, { nullable: false });
    const customers = table('customers', [id, col('gender', text(10)), col('first_name', text(40), { nullable: false }), col('email', text(120), { nullable: false }), col('full_name', text(80))], {
      primaryKey: { columns: ['id'] }, uniques: [{ columns: ['email'] }, { columns: ['full_name'] }],
    });
    const orders = table('orders', [id, col('email', text(120), { nullable: false }), col('full_name', text(80))], {
      primaryKey: { columns: ['id'] }, foreignKeys: [fk(['email'], 'customers', ['email']), fk(['full_name'], 'customers', ['full_name'])],
    });
    const schema = schemaOf(customers, orders);
    const data = generate(schema, planFor(schema, { rows: 60, seed: 1 }));
    for (const c of ['email', 'full_name']) {
      const parents = new Set(colOf(data, 'customers', c));
      expect(colOf(data, 'orders', c).filter((v) => v !== null && !parents.has(v)), c).toEqual([]);
    }
  });

  it('computes an email\'s name columns too when a lookup of another column of the row draws shared state', () => {
    const id = col('id', int, { nullable: false });
    const contact = table('contact', [id, col('first_name', text(40), { nullable: false }), col('last_name', text(40), { nullable: false }), col('email', text(120), { nullable: false }), col('phone', text(20), { nullable: false })], {
      primaryKey: { columns: ['id'] }, uniques: [{ columns: ['email'] }, { columns: ['phone'] }],
    });
    const calls = table('call_log', [id, col('phone', text(20), { nullable: false }), col('email', text(120), { nullable: false })], {
      primaryKey: { columns: ['id'] }, foreignKeys: [fk(['phone'], 'contact', ['phone']), fk(['email'], 'contact', ['email'])],
    });
    const schema = schemaOf(contact, calls);
    const plan = planFor(schema, { rows: 200, seed: 1 });
    plan.tables['contact']!.rows = 5;
    const data = generate(schema, plan);
    for (const c of ['phone', 'email']) {
      const parents = new Set(colOf(data, 'contact', c));
      expect(colOf(data, 'call_log', c).filter((v) => !parents.has(v)), c).toEqual([]);
    }
  });

  it('builds emails from the same row\'s names', () => {
    const s = shop();
    const data = generate(s, planFor(s, { rows: 200, seed: 8 }));
    for (const r of rowsOf(data, 'customers')) {
      const local = String(r[3]).split('@')[0] ?? '';
      const first = String(r[1]).toLowerCase().replace(/[^a-z]/g, '');
      const last = String(r[2]).toLowerCase().replace(/[^a-z]/g, '');
      expect(local.includes(first.slice(0, 1)) && (local.includes(last) || local.includes(first))).toBe(true);
    }
  });

  it('fills composite keys of a junction table with distinct parent pairs', () => {
    const s = schemaOf(
      table('a', [col('id', int)], { primaryKey: { columns: ['id'] } }),
      table('b', [col('id', int)], { primaryKey: { columns: ['id'] } }),
      table('ab', [col('a_id', int), col('b_id', int)], { primaryKey: { columns: ['a_id', 'b_id'] }, foreignKeys: [fk(['a_id'], 'a', ['id']), fk(['b_id'], 'b', ['id'])] }),
    );
    const data = generate(s, planFor(s, { rows: 20, rowsFor: { ab: 400 }, seed: 2 }));
    const pairs = rowsOf(data, 'ab').map((r) => `${String(r[0])}-${String(r[1])}`);
    expect(new Set(pairs).size).toBe(400);
  });

  it('refers only to earlier rows in a self-reference and leaves the first row NULL', () => {
    const s = schemaOf(table('emp', [col('id', int), col('manager_id', int, { nullable: true })], { primaryKey: { columns: ['id'] }, foreignKeys: [fk(['manager_id'], 'emp', ['id'])] }));
    const rows = rowsOf(generate(s, planFor(s, { rows: 300, seed: 1 })), 'emp');
    expect(rows[0]?.[1]).toBeNull();
    rows.forEach((r) => { if (r[1] !== null) expect(r[1] as number).toBeLessThan(r[0] as number); });
  });

  it('honours exact children-per-parent counts', () => {
    const s = shop();
    const plan = planFor(s, { rows: 40, seed: 1 });
    const fks = plan.tables['orders']?.foreignKeys ?? [];
    plan.tables['orders'] = { ...plan.tables['orders']!, foreignKeys: fks.map((f) => ({ ...f, distribution: { kind: 'exact' as const, count: 3 } })) };
    const data = generate(s, plan);
    const counts = new Map<Value, number>();
    colOf(data, 'orders', 'customer_id').forEach((v) => counts.set(v, (counts.get(v) ?? 0) + 1));
    expect(counts.size).toBe(40);
    expect([...counts.values()].every((n) => n === 3)).toBe(true);
  });

  it('keeps a composite key of a foreign key and a plain column unique', () => {
    const s = schemaOf(
      table('company', [col('id', int)], { primaryKey: { columns: ['id'] } }),
      table('orders', [col('company_id', int), col('order_no', int), col('code', text(12))], {
        primaryKey: { columns: ['company_id', 'order_no'] }, uniques: [{ columns: ['company_id', 'code'] }],
        foreignKeys: [fk(['company_id'], 'company', ['id'])],
      }),
    );
    const rows = rowsOf(generate(s, planFor(s, { rows: 3, rowsFor: { orders: 5000 }, seed: 1 })), 'orders');
    expect(new Set(rows.map((r) => `${String(r[0])}/${String(r[1])}`)).size).toBe(5000);
    expect(new Set(rows.map((r) => `${String(r[0])}/${String(r[2])}`)).size).toBe(5000);
  });
});
