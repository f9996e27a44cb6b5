import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import { shardOf } from './shard-of.js';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import type { GeneratedData, Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const PLANS = 'CREATE TABLE plans (id INT PRIMARY KEY, name VARCHAR(40) UNIQUE NOT NULL);';
const CATEGORIES = 'CREATE TABLE categories (id INT PRIMARY KEY, name VARCHAR(50) UNIQUE NOT NULL);';
const ROLES = 'CREATE TABLE roles (id INT PRIMARY KEY, name VARCHAR(6) UNIQUE NOT NULL);';

/** A row token appended to a value: a space, then digits and capitals. */
const TOKEN_SUFFIX = / [0-9A-HJ-NP-Z]{1,4}$/;

function run(ddl: string, rows: number, seed: number | string = 1): GeneratedData {
  const schema = parseSchema(ddl).schema;
  return generate(schema, planFor(schema, { rows, seed }));
}

const names = (data: GeneratedData): Value[] => columnValues(data, data.tables[0]?.table.name ?? '', 'name');

describe('unique vocabulary columns', () => {
  beforeAll(async () => { await loadParsers(); });

  it('give a small lookup table distinct plain names, no row token', () => {
    const plans = names(run(PLANS, 8));
    expect(new Set(plans).size).toBe(8);
    expect(plans.filter((v) => TOKEN_SUFFIX.test(String(v)))).toEqual([]);
    const categories = names(run(CATEGORIES, 8));
    expect(new Set(categories).size).toBe(8);
    expect(categories.filter((v) => TOKEN_SUFFIX.test(String(v)))).toEqual([]);
  });

  it('draw the common names in an order that varies with the seed', () => {
    expect(names(run(PLANS, 8, 'a'))).not.toEqual(names(run(PLANS, 8, 'b')));
  });

  it('append a row token to every value when the rows outnumber the vocabulary', () => {
    const plans = names(run(PLANS, 5000));
    expect(new Set(plans).size).toBe(5000);
    expect(plans.every((v) => TOKEN_SUFFIX.test(String(v)))).toBe(true);
  });

  it('count only the values that fit the column', () => {
    const few = names(run(ROLES, 5));
    expect(new Set(few).size).toBe(5);
    expect(few.every((v) => String(v).length <= 6 && !TOKEN_SUFFIX.test(String(v)))).toBe(true);
    const many = names(run(ROLES, 40));
    expect(new Set(many).size).toBe(40);
    expect(many.every((v) => String(v).length <= 6 && /\S [0-9A-HJ-NP-Z]+$|^[0-9A-HJ-NP-Z]+$/.test(String(v)))).toBe(true);
  });

  it.each([8, 5000])('are the same when generated in shards (%i rows)', (rows) => {
    const data = run(PLANS, rows);
    const whole = names(data);
    const parts = [0, 1, 2].flatMap((index) => names(shardOf(data, { index, count: 3 })));
    expect(parts).toEqual(whole);
  });
});
