import { loadParsers, parseSchema, type Schema } from '@rowforge/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { planFromFlags, rowCountNotes, unfitLabelWarnings } from './plan-input.js';

const LOOKUP = `CREATE TABLE category (id TINYINT UNSIGNED AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE category_note (id INT PRIMARY KEY, category_id TINYINT UNSIGNED UNIQUE REFERENCES category (id));
CREATE TABLE big (id INT PRIMARY KEY);
CREATE TABLE item (id INT PRIMARY KEY, big_id SMALLINT REFERENCES big (id));`;

const schemaOf = (ddl: string): Schema => parseSchema(ddl, { dialect: 'mysql' }).schema;

describe('rowCountNotes', () => {
  beforeAll(async () => { await loadParsers(); });

  it('says which tables the planner kept under --rows, and why', () => {
    const flags = { rows: 40_000 };
    expect(rowCountNotes(planFromFlags(schemaOf(LOOKUP), flags), flags)).toEqual([
      '"category" gets 255 rows: its key "id" (tinyint unsigned) holds no more (--rows-for category=N sets fewer)',
      '"category_note" gets 255 rows: it has one row per row of "category", which gets 255 (--rows-for category_note=N sets fewer)',
      '"big" gets 32,767 rows: "item.big_id" (smallint), which refers to its key "id", holds no more of its keys (--rows-for big=N sets fewer)',
    ]);
  });

  it('says nothing for tables given their count with --rows-for, or below every limit', () => {
    const flags = { rows: 100, rowsFor: { big: 30_000 } };
    expect(rowCountNotes(planFromFlags(schemaOf(LOOKUP), flags), flags)).toEqual([]);
  });
});

describe('unfitLabelWarnings', () => {
  beforeAll(async () => { await loadParsers(); });
  const INVOICES = `CREATE TABLE invoices (id INT PRIMARY KEY,
  status VARCHAR(12) NOT NULL CHECK (status IN ('draft', 'open', 'paid', 'uncollectible')));`;

  it('names the CHECK labels too long for their column, which the inferred plan leaves out', () => {
    const flags = { rows: 10 };
    const plan = planFromFlags(schemaOf(INVOICES), flags);
    expect(plan.tables.invoices?.columns.status).toMatchObject({ generator: 'enum', values: ['draft', 'open', 'paid'] });
    expect(unfitLabelWarnings(schemaOf(INVOICES), flags)).toEqual([
      `"invoices.status": 'uncollectible' (13 characters) of CHECK (status IN ('draft', 'open', 'paid', 'uncollectible')) cannot fit varchar(12); the plan leaves it out (widen the column to draw it)`,
    ]);
  });

  it('says nothing for a given plan (validation checks it)', () => {
    expect(unfitLabelWarnings(schemaOf(INVOICES), { plan: 'plan.json' })).toEqual([]);
  });
});
