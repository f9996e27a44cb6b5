import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, type Plan } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const DDL = `CREATE TABLE t (
  id int PRIMARY KEY,
  code varchar(10) NOT NULL CHECK (length(code) = 3),
  sku text NOT NULL CHECK (char_length(sku) BETWEEN 5 AND 8),
  currency char(3) NOT NULL CHECK (currency = upper(currency)),
  state char(2) NOT NULL CHECK (length(state) = 2),
  country_code char(2) NOT NULL CHECK (country_code = upper(country_code)),
  username varchar(30) NOT NULL CHECK (username = lower(username)),
  slug varchar(60) NOT NULL CHECK (slug = lower(slug)),
  email varchar(100) CHECK (length(email) >= 5),
  title varchar(200) NOT NULL CHECK (length(title) > 40)
);`;

const ROWS = 500;
let plan: Plan;
let rows: unknown[][] = [];
let names: string[] = [];

const texts = (name: string): string[] => rows.map((r) => r[names.indexOf(name)]).filter((v): v is string => typeof v === 'string');
const generatorOf = (name: string): string | undefined => plan.tables.t?.columns[name]?.generator;

describe('length() and case CHECKs on columns with semantic generators (varchar codes, usernames, titles)', () => {
  beforeAll(async () => {
    await loadParsers();
    const schema = parseSchema(DDL).schema;
    plan = planFor(schema, { rows: ROWS });
    const t = generate(schema, plan).tables[0]!;
    names = t.table.columns.map((c) => c.name);
    rows = [...t.batches()].flat();
  });

  it('length(code) = 3 on a varchar(10) and char_length BETWEEN 5 AND 8 get text of those lengths (they were CHECK_REDRAW_EXHAUSTED)', () => {
    expect(generatorOf('code')).toBe('regex');
    expect(new Set(texts('code').map((s) => s.length))).toEqual(new Set([3]));
    expect(texts('sku').every((s) => s.length >= 5 && s.length <= 8)).toBe(true);
    expect(texts('sku')).toHaveLength(ROWS);
  });

  it('a length over 40 on a title gives long text', () => {
    expect(texts('title').every((s) => s.length > 40)).toBe(true);
  });

  it('generators whose values already pass are kept: states, currencies, usernames, slugs, emails', () => {
    expect(plan.tables.t?.columns.state).toMatchObject({ generator: 'address', field: 'state' });
    expect(plan.tables.t?.columns.currency).toMatchObject({ generator: 'vocabulary', name: 'currency' });
    expect(generatorOf('username')).toBe('username');
    expect(generatorOf('slug')).toBe('identifier');
    expect(generatorOf('email')).toBe('email');
    expect(texts('state').every((s) => s.length === 2 && s === s.toUpperCase())).toBe(true);
    expect(texts('username').every((s) => s === s.toLowerCase())).toBe(true);
    expect(texts('country_code').every((s) => s === s.toUpperCase())).toBe(true);
  });
});
