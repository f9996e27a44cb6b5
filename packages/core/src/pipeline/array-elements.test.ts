import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import type { GeneratedData, Schema, Value } from '../schema/index.js';
import { formatValue } from '../sinks/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows, type ValidationReport } from '../validation/index.js';
import { MS_PER_DAY } from '../util/index.js';

const DDL = `CREATE TYPE size AS ENUM ('small','medium','large');
CREATE DOMAIN score AS integer CHECK (VALUE BETWEEN 5 AND 10);
CREATE DOMAIN colour AS varchar(10) CHECK (VALUE IN ('red', 'green', 'blue'));
CREATE DOMAIN debit AS numeric(6,2) CHECK (VALUE < 0);
CREATE TABLE shirts (
  id int PRIMARY KEY, tags varchar(5)[], szs size[], prices numeric(5,2)[], codes char(2)[] NOT NULL,
  tenths numeric(3,1)[], fractions numeric(2,2)[], stamps timestamp[], tiny varchar(2)[],
  scores score[], colours colour[], debits debit[]
);`;

const ROWS = 400;
let schema: Schema;
let data: GeneratedData;

/** Every element of every array in the column. */
function elements(column: string): Value[] {
  return columnValues(data, 'shirts', column).flatMap((v): Value[] => (Array.isArray(v) ? (v as Value[]) : []));
}

/** The validator's report on the rows as the PostgreSQL sink writes them. */
function report(): ValidationReport {
  const t = data.tables[0]!;
  const rows = () => [...t.batches()].flat().map((r) => r.map((v, i) => formatValue(v, t.table.columns[i]!.type, 'postgres')));
  return validateRows(schema, { target: 'postgres', tables: [{ name: 'shirts', rows }] });
}

const decimals = (v: Value): number => (String(v).split('.')[1] ?? '').length;

describe('array elements keep to their element type', () => {
  beforeAll(async () => {
    await loadParsers();
    schema = parseSchema(DDL).schema;
    data = generate(schema, planFor(schema, { rows: ROWS, seed: 1 }));
  });

  it('varchar(n) and char(n) elements fit their length (they were words such as "saddle")', () => {
    expect(elements('tags').length).toBeGreaterThan(ROWS);
    expect(elements('tags').every((v) => typeof v === 'string' && v.length >= 1 && v.length <= 5)).toBe(true);
    expect(elements('codes').every((v) => typeof v === 'string' && v.length === 2)).toBe(true);
    expect(elements('tiny').every((v) => typeof v === 'string' && v.length >= 1 && v.length <= 2)).toBe(true);
  });

  it('enum elements are its labels', () => {
    expect(new Set(elements('szs'))).toEqual(new Set(['small', 'medium', 'large']));
  });

  it('numeric(p,s) elements fit the precision and scale', () => {
    expect(elements('prices').every((v) => typeof v === 'number' && v >= 0 && v <= 999.99 && decimals(v) <= 2)).toBe(true);
    expect(elements('tenths').every((v) => typeof v === 'number' && v >= 0 && v <= 99.9 && decimals(v) <= 1)).toBe(true);
    expect(elements('fractions').every((v) => typeof v === 'number' && v >= 0 && v <= 0.99)).toBe(true);
    expect(Math.max(...elements('tenths').map(Number))).toBeGreaterThan(50);
  });

  it('timestamp elements are instants of recent years, not days read as milliseconds', () => {
    const since2015 = Date.UTC(2015, 0, 1);
    expect(elements('stamps').every((v) => typeof v === 'number' && v > since2015 && v % 1000 === 0)).toBe(true);
    expect(elements('stamps').some((v) => Number(v) % MS_PER_DAY !== 0)).toBe(true);
  });

  it("elements of a domain pass its CHECK: a range, an IN list, a bound", () => {
    expect(elements('scores').length).toBeGreaterThan(ROWS / 2);
    expect(elements('scores').every((v) => typeof v === 'number' && v >= 5 && v <= 10)).toBe(true);
    expect(new Set(elements('colours'))).toEqual(new Set(['red', 'green', 'blue']));
    expect(elements('debits').length).toBeGreaterThan(ROWS / 2);
    expect(elements('debits').every((v) => typeof v === 'number' && v < 0 && v >= -9999.99)).toBe(true);
  });

  it('the validator finds no violation in the rows as written for PostgreSQL', () => {
    const r = report();
    expect(r.violationCount, JSON.stringify(r.tables.map((t) => t.violations))).toBe(0);
  });
});
