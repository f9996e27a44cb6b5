import { loadParsers, parseSchema, type Schema } from '@rowforge/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { planFromFlags, rowCountNotes } from './plan-input.js';

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
