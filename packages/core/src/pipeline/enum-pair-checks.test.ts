import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const LABELS = ['small', 'medium', 'large', 'xl'];
const TYPES = `CREATE TYPE size AS ENUM ('small', 'medium', 'large', 'xl');
CREATE DOMAIN bigsize AS size CHECK (VALUE > 'medium');`;

function rowsOf(ddl: string): { rows: unknown[][]; at: (name: string) => number } {
  const schema = parseSchema(ddl).schema;
  const t = generate(schema, planFor(schema, { rows: 500 })).tables[0]!;
  return { rows: [...t.batches()].flat(), at: (name) => t.table.columns.findIndex((c) => c.name === name) };
}

describe('the engine orders PostgreSQL enum values by their labels', () => {
  beforeAll(async () => { await loadParsers(); });

  it('CHECK (a < b) on two columns of one enum compares positions (as text 512 of 1000 rows failed)', () => {
    const { rows, at } = rowsOf(`${TYPES}
CREATE TABLE shirt (id int PRIMARY KEY, a size NOT NULL, b size NOT NULL, c size NOT NULL, CHECK (a < b), CHECK (c BETWEEN a AND b));`);
    const pos = (r: unknown[], name: string) => LABELS.indexOf(r[at(name)] as string);
    expect(rows.length).toBe(500);
    expect(rows.every((r) => pos(r, 'a') < pos(r, 'b'))).toBe(true);
    expect(rows.every((r) => pos(r, 'a') <= pos(r, 'c') && pos(r, 'c') <= pos(r, 'b'))).toBe(true);
    expect(rows.some((r) => r[at('a')] === 'small' && r[at('b')] === 'large')).toBe(true);
  });

  it("the elements of a bigsize[] pass VALUE > 'medium' by label order ('small' passed as text)", () => {
    const { rows, at } = rowsOf(`${TYPES}
CREATE TABLE s (id int PRIMARY KEY, sizes bigsize[] NOT NULL);`);
    const elements = rows.flatMap((r) => r[at('sizes')] as string[]);
    expect(elements.length).toBeGreaterThan(100);
    expect(new Set(elements)).toEqual(new Set(['large', 'xl']));
  });
});
