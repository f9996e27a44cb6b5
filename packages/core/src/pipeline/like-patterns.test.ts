import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import { isRowforgeError } from '../errors/index.js';
import type { Schema } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { generate } from '../engine/index.js';
import { planFor, type Plan } from '../plan/index.js';

/** The corpus file the database suites load into PostgreSQL (tests/corpus/README.md). */
const DDL = readFileSync(new URL('../../../../tests/corpus/pg-like-patterns.sql', import.meta.url), 'utf8');

describe('LIKE CHECKs that shape a column (the pattern generator)', () => {
  let schema: Schema;
  let plan: Plan;
  beforeAll(async () => {
    await loadParsers();
    schema = parseSchema(DDL).schema;
    plan = planFor(schema, { rows: 3000, seed: 9 });
  });

  it('infers a pattern from a literal prefix, suffix or layout, also behind IS NULL OR and a domain, but not from %…%', () => {
    const products = plan.tables['products']?.columns;
    expect(products?.['sku']).toEqual({ generator: 'pattern', like: 'SKU-%', unique: true });
    expect(products?.['plate']).toEqual({ generator: 'pattern', like: '___-____', unique: true });
    expect(products?.['region']).toMatchObject({ generator: 'pattern', like: '%-US' });
    expect(products?.['coupon']).toMatchObject({ generator: 'pattern', like: 'C\\_%' });
    expect(products?.['contact'], 'an email satisfies %@%').toMatchObject({ generator: 'email' });
    expect(plan.tables['orders']?.columns['code']).toMatchObject({ generator: 'pattern', like: 'ORD-%', unique: true });
    expect(products?.['batch'], "LIKE 'B%' AND LIKE '%9' joined").toEqual({ generator: 'pattern', like: 'B%9' });
  });

  it('generates values that match, fit the column and are unique where the key needs it (before: CHECK_REDRAW_EXHAUSTED)', () => {
    const data = generate(schema, plan);
    const sku = columnValues(data, 'products', 'sku') as string[];
    const plate = columnValues(data, 'products', 'plate') as string[];
    expect(sku.every((v) => /^SKU-[0-9A-Z]+$/.test(v) && v.length <= 12)).toBe(true);
    expect(new Set(sku).size).toBe(sku.length);
    expect(plate.every((v) => /^[0-9A-Z]{3}-[0-9A-Z]{4}$/.test(v))).toBe(true);
    expect(new Set(plate).size).toBe(plate.length);
    expect(columnValues(data, 'products', 'region').every((v) => typeof v === 'string' && /^[0-9A-Z]{3,7}-US$/.test(v))).toBe(true);
    expect(columnValues(data, 'products', 'coupon').every((v) => v === null || /^C_[0-9A-Z]{3,8}$/.test(String(v)))).toBe(true);
    expect(columnValues(data, 'products', 'ref').every((v) => typeof v === 'string' && /^r/.test(v) && v.length <= 10)).toBe(true);
    expect(columnValues(data, 'orders', 'code').every((v) => /^ORD-[0-9A-Z]{4,12}$/.test(String(v)))).toBe(true);
    expect(columnValues(data, 'products', 'batch').every((v) => typeof v === 'string' && /^B[0-9A-Z]*9$/.test(v) && v.length <= 12)).toBe(true);
  });

  it('is deterministic and keeps other columns unchanged when a pattern changes', () => {
    const again = generate(schema, plan);
    expect(columnValues(again, 'products', 'sku')).toEqual(columnValues(generate(schema, plan), 'products', 'sku'));
    const edited: Plan = structuredClone(plan);
    edited.tables['products']!.columns['region'] = { generator: 'pattern', like: 'N%-US' };
    const a = generate(schema, plan);
    const b = generate(schema, edited);
    expect(columnValues(b, 'products', 'plate')).toEqual(columnValues(a, 'products', 'plate'));
    expect(columnValues(b, 'products', 'region').every((v) => /^N.*-US$/.test(String(v)))).toBe(true);
  });

  it('leaves out a LIKE the pattern already meets, so it does not narrow the values', () => {
    const t = parseSchema("CREATE TABLE t (id INT PRIMARY KEY, c VARCHAR(5) NOT NULL UNIQUE CHECK (c LIKE 'SKU-%' AND c LIKE '%-%'));").schema;
    const plan = planFor(t, { rows: 30, seed: 2 });
    expect(plan.tables['t']?.columns['c']).toEqual({ generator: 'pattern', like: 'SKU-%', unique: true });
    const values = columnValues(generate(t, plan), 't', 'c');
    expect(new Set(values).size).toBe(30);
    const oneMore = "CREATE TABLE t (id INT PRIMARY KEY, c VARCHAR(%s) NOT NULL UNIQUE CHECK (c LIKE 'SKU-%%' AND c LIKE '%%-_'));";
    const narrow = parseSchema(oneMore.replace('%s', '5').replaceAll('%%', '%')).schema;
    expect(planFor(narrow, { rows: 30, seed: 2 }).tables['t']?.columns['c'], "'SKU-%-_' would not fit").toMatchObject({ like: 'SKU-%' });
    const tight = parseSchema(oneMore.replace('%s', '6').replaceAll('%%', '%')).schema;
    expect(planFor(tight, { rows: 30, seed: 2 }).tables['t']?.columns['c'], 'no room left for the unique token').toMatchObject({ like: 'SKU-%' });
    const wide = parseSchema(oneMore.replace('%s', '10').replaceAll('%%', '%')).schema;
    expect(planFor(wide, { rows: 30, seed: 2 }).tables['t']?.columns['c']).toMatchObject({ like: 'SKU-%-_' });
  });

  it('shares the column\'s room among the % runs, and says when a unique token cannot fit', () => {
    const two = parseSchema("CREATE TABLE t (id INT PRIMARY KEY, c VARCHAR(10) NOT NULL CHECK (c LIKE 'A%-%Z'));").schema;
    const values = columnValues(generate(two, planFor(two, { rows: 500, seed: 2 })), 't', 'c');
    expect(values.every((v) => typeof v === 'string' && v.length <= 10 && /^A.*-.*Z$/.test(v))).toBe(true);
    const tight = parseSchema("CREATE TABLE t (c VARCHAR(6) PRIMARY KEY CHECK (c LIKE 'CODE-%'));").schema;
    expect(() => generate(tight, planFor(tight, { rows: 100, seed: 2 }))).toThrow(/room for 1 varying character/);
  });

  it('says when a unique layout has fewer values than rows', () => {
    const small = parseSchema("CREATE TABLE t (code CHAR(3) PRIMARY KEY CHECK (code LIKE 'A__'));").schema;
    let caught: unknown;
    try {
      generate(small, planFor(small, { rows: 2000, seed: 1 }));
    } catch (e) {
      caught = e;
    }
    expect(isRowforgeError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/1156|distinct|capacity/i);
  });
});
