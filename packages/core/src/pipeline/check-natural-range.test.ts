import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const KIDS = `CREATE TABLE kids (id int PRIMARY KEY, age int NOT NULL CHECK (age < 18), price numeric(8,2) NOT NULL CHECK (price < 1),
  built_year int NOT NULL CHECK (built_year < 1900), neg int NOT NULL CHECK (neg < 0), zero int NOT NULL CHECK (zero <= 0), lng numeric(9,4) NOT NULL CHECK (lng > -50));`;

/** The least and greatest value of each column of `kids`, generated at 500 rows. */
function extremes(): Record<string, [number, number]> {
  const schema = parseSchema(KIDS).schema;
  const [t] = generate(schema, planFor(schema, { rows: 500 })).tables;
  const rows = [...(t?.batches() ?? [])].flat();
  return Object.fromEntries(schema.tables[0]!.columns.map((c, i) => {
    const v = rows.map((r) => Number(r[i]));
    return [c.name, [Math.min(...v), Math.max(...v)]];
  }));
}

describe('a CHECK that bounds a column only from one side', () => {
  beforeAll(async () => { await loadParsers(); });

  it('keeps an age, a price or a count on its side of zero (ages under 18: 0…17, not mostly negative)', () => {
    const x = extremes();
    expect(x['age']).toEqual([0, 17]);
    expect(x['price']?.[0]).toBeGreaterThanOrEqual(0);
    expect(x['price']?.[1]).toBeLessThanOrEqual(0.99);
    expect(x['lng']?.[0]).toBeGreaterThanOrEqual(-49.9999);
    expect(x['lng']?.[1]).toBeLessThanOrEqual(0);
  });

  it('still reaches below zero where the CHECK asks for it, and keeps years near the bound', () => {
    const x = extremes();
    expect(x['neg']?.[1]).toBeLessThanOrEqual(-1);
    expect(x['neg']?.[0]).toBeLessThan(-100);
    expect(x['zero']?.[0]).toBeLessThan(0);
    expect(x['built_year']?.[0]).toBeGreaterThan(1800);
    expect(x['built_year']?.[1]).toBeLessThanOrEqual(1899);
  });
});
