import { beforeAll, describe, expect, it } from 'vitest';
import { generate, unenforcedChecks } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

const SQLITE = `CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
  extra TEXT CHECK (extra IS NULL OR json_valid(extra))
) STRICT;`;

const TSQL = `CREATE TABLE [docs] (
  [id] int NOT NULL PRIMARY KEY,
  [body] nvarchar(max) NOT NULL CHECK (ISJSON([body]) = 1),
  [meta] nvarchar(12) NULL CHECK (ISJSON([meta]) > 0)
);`;

function run(ddl: string) {
  const schema = parseSchema(ddl).schema;
  const plan = planFor(schema, { rows: 300 });
  return { schema, plan: plan.tables[schema.tables[0]!.name]!.columns, data: generate(schema, plan) };
}

const objectOrArray = (v: unknown): boolean => {
  const doc: unknown = JSON.parse(String(v));
  return typeof doc === 'object' && doc !== null;
};

describe('CHECKs that a column holds JSON give it JSON documents', () => {
  beforeAll(async () => { await loadParsers(); });

  it('SQLite json_valid(col): the json generator (it wrote sentences, which SQLite rejected)', () => {
    const { schema, plan, data } = run(SQLITE);
    expect(plan.settings).toEqual({ generator: 'json' });
    expect(plan.extra).toMatchObject({ generator: 'json' });
    for (const col of ['settings', 'extra']) {
      const values = columnValues(data, 'users', col).filter((v) => v !== null);
      expect(values.length).toBeGreaterThan(100);
      expect(values.every(objectOrArray)).toBe(true);
    }
    expect(unenforcedChecks(schema)).toEqual([]);
  });

  it('SQL Server ISJSON(col) = 1, and > 0 on a column too narrow for the documents', () => {
    const { schema, plan, data } = run(TSQL);
    expect(plan.body).toEqual({ generator: 'json' });
    expect(plan.meta).toMatchObject({ generator: 'enum' });
    const meta = columnValues(data, 'docs', 'meta').filter((v) => v !== null);
    expect(meta.every((v) => String(v).length <= 12 && objectOrArray(v))).toBe(true);
    expect(columnValues(data, 'docs', 'body').every(objectOrArray)).toBe(true);
    expect(unenforcedChecks(schema)).toEqual([]);
  });
});
