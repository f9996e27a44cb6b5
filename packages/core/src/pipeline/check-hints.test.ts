import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import type { Schema } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { generate, unenforcedChecks } from '../engine/index.js';
import { planFor } from '../plan/index.js';

const DDL = `
CREATE DOMAIN contact_email AS TEXT CHECK (VALUE LIKE '%@%');
CREATE DOMAIN us_zip_t AS TEXT CHECK (VALUE ~ '^[0-9]{5}\\M');
CREATE DOMAIN us_state_t AS CHAR(2);
CREATE DOMAIN sevens AS INTEGER CHECK (VALUE % 7 = 0);
CREATE DOMAIN lot_t AS sevens;
CREATE TABLE people (
  id SERIAL PRIMARY KEY,
  contact contact_email NOT NULL,
  reach TEXT NOT NULL CHECK (reach LIKE '%@%.%'),
  post us_zip_t,
  home us_state_t,
  lot lot_t NOT NULL,
  remark TEXT
);`;


describe('inference from domains and LIKE CHECKs', () => {
  let schema: Schema;
  beforeAll(async () => { await loadParsers(); schema = parseSchema(DDL).schema; });

  it('reads a domain\'s name and a LIKE pattern with an @ when the column name says nothing', () => {
    const columns = planFor(schema).tables['people']?.columns;
    expect(columns?.['contact']).toMatchObject({ generator: 'email' });
    expect(columns?.['reach']).toMatchObject({ generator: 'email' });
    expect(columns?.['post']).toMatchObject({ generator: 'address', field: 'zip' });
    expect(columns?.['home']).toMatchObject({ generator: 'address', field: 'state' });
    const handles = parseSchema("CREATE TABLE t (id INT PRIMARY KEY, handle TEXT CHECK (handle LIKE '@%'));").schema;
    expect(planFor(handles).tables['t']?.columns['handle'], 'no email starts with @').not.toMatchObject({ generator: 'email' });
    expect(columns?.['remark']).toMatchObject({ generator: 'text' });
  });

  it('generates values that pass those CHECKs (before, every row was redrawn until generation failed)', () => {
    const data = generate(schema, planFor(schema, { rows: 300, seed: 5 }));
    expect(columnValues(data, 'people', 'contact').every((v) => typeof v === 'string' && v.includes('@'))).toBe(true);
    expect(columnValues(data, 'people', 'reach').every((v) => typeof v === 'string' && /@.*\./.test(v))).toBe(true);
    expect(columnValues(data, 'people', 'post').every((v) => v === null || /^[0-9]{5}$/.test(String(v)))).toBe(true);
    expect(columnValues(data, 'people', 'lot').every((v) => typeof v === 'number' && v % 7 === 0), 'a base domain\'s CHECK is enforced too').toBe(true);
  });

  it('names the CHECKs the generator cannot evaluate', () => {
    const found = unenforcedChecks(schema);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ table: 'people', label: 'domain us_zip_t on post', sql: "VALUE ~ '^[0-9]{5}\\M'" });
    expect(found[0]?.message).toMatch(/not checked by the generator.*the database will reject those rows/);
  });
});
