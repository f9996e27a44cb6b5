import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from './testing/column-values.js';
import type { Schema } from '../schema/index.js';
import { loadOrder } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { generate, unenforcedChecks } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import { renderCreateTables } from '../sinks/index.js';
import { validateRows } from '../validation/index.js';

/** The corpus file the database suites load into PostgreSQL (tests/corpus/README.md). */
const DDL = readFileSync(new URL('../../../../tests/corpus/pg-regex-checks.sql', import.meta.url), 'utf8');

describe('regular-expression CHECKs (~, ~*, !~, REGEXP)', () => {
  let schema: Schema;
  beforeAll(async () => { await loadParsers(); schema = parseSchema(DDL).schema; });

  it('reads them as regex expressions the generator and the validator evaluate', () => {
    const code = schema.tables[0]?.checks[0]?.expr;
    expect(code).toMatchObject({ kind: 'regex', negated: false, caseInsensitive: false, pattern: { kind: 'literal', value: '^[A-Z]{3}-[0-9]{3}$' } });
    expect(schema.tables[0]?.checks[2]?.expr).toMatchObject({ kind: 'regex', negated: true });
    expect(unenforcedChecks(schema)).toEqual([]);
    const mysql = parseSchema("CREATE TABLE s (c VARCHAR(8) CHECK (c REGEXP '^ST[0-9]{4}$' AND c NOT RLIKE 'x'));", { dialect: 'mysql' }).schema;
    expect(mysql.tables[0]?.checks[0]?.expr).toMatchObject({ kind: 'binary', left: { kind: 'regex', negated: false }, right: { kind: 'regex', negated: true } });
  });

  it('infers a regex generator, unique on keys, keeping a ZIP generator whose values fit', () => {
    const plan = planFor(schema, { rows: 2000, seed: 3 });
    const w = plan.tables['warehouses']?.columns;
    expect(w?.['code']).toEqual({ generator: 'regex', pattern: '^[A-Z]{3}-[0-9]{3}$', unique: true });
    expect(w?.['postal']).toMatchObject({ generator: 'address', field: 'zip' });
    expect(w?.['bin_label']).toMatchObject({ generator: 'regex', pattern: '^bin[[:digit:]]{2,4}$' });
    expect(plan.tables['shipments']?.columns['tracking']).toMatchObject({ generator: 'regex', unique: true });
    expect(w?.['lot'], 'a start and an end joined').toEqual({ generator: 'regex', pattern: '^[A-Z]{2}[A-Za-z0-9]*[0-9]{3}$' });
  });

  it('generates rows that pass every CHECK and the validator finds none failing', () => {
    const data = generate(schema, planFor(schema, { rows: 2000, seed: 3 }));
    const code = columnValues(data, 'warehouses', 'code') as string[];
    expect(code.every((v) => /^[A-Z]{3}-[0-9]{3}$/.test(v))).toBe(true);
    expect(new Set(code).size).toBe(code.length);
    expect(columnValues(data, 'warehouses', 'bin_label').every((v) => v === null || /^bin[0-9]{2,4}$/.test(String(v)))).toBe(true);
    const tracking = columnValues(data, 'shipments', 'tracking') as string[];
    expect(tracking.every((v) => /^1Z[0-9A-Z]{16}$/.test(v)) && new Set(tracking).size === tracking.length).toBe(true);
    expect(columnValues(data, 'warehouses', 'lot').every((v) => typeof v === 'string' && /^[A-Z]{2}[A-Za-z0-9]*[0-9]{3}$/.test(v) && v.length <= 10)).toBe(true);
    const tables = data.tables.map((t) => ({ name: t.table.name, rows: () => [...t.batches()].flat().map((r) => r.map((v) => (v === null ? null : String(v)))) }));
    const report = validateRows(schema, { target: 'postgres', tables });
    expect(report.ok, JSON.stringify(report.tables.map((t) => t.violations))).toBe(true);
    expect(report.warnings ?? []).toEqual([]);
  });

  it('widens a start or an end to the whole value where the name suggests no generator, and keeps a named one', () => {
    const t = parseSchema("CREATE TABLE t (id INT PRIMARY KEY, code VARCHAR(10) NOT NULL CHECK (code ~ '[0-9]{4}$'), tag VARCHAR(30) NOT NULL CHECK (tag ~ '^T-'), city VARCHAR(40) NOT NULL CHECK (city ~ '^[A-Z]' AND city ~ '[a-z]$'));").schema;
    const plan = planFor(t, { rows: 3000, seed: 5 });
    expect(plan.tables['t']?.columns['code']).toEqual({ generator: 'regex', pattern: '^[A-Za-z0-9]*[0-9]{4}$' });
    expect(plan.tables['t']?.columns['tag']).toEqual({ generator: 'regex', pattern: '^T-[A-Za-z0-9]*$' });
    expect(plan.tables['t']?.columns['city'], 'a start and an end on a named column').toMatchObject({ generator: 'address', field: 'city' });
    const data = generate(t, plan);
    expect(columnValues(data, 't', 'code').every((v) => typeof v === 'string' && /[0-9]{4}$/.test(v) && v.length <= 10)).toBe(true);
    expect(columnValues(data, 't', 'tag').every((v) => typeof v === 'string' && v.startsWith('T-'))).toBe(true);
  });

  it('keeps values within the column: unique ones in the shortest form with room, others drawn again at minimum', () => {
    const t = parseSchema("CREATE TABLE t (c VARCHAR(3) PRIMARY KEY CHECK (c ~ '^[A-Z]+$'), d VARCHAR(4) NOT NULL CHECK (d ~ '^[0-9]{1,9}x$'));").schema;
    const data = generate(t, planFor(t, { rows: 5000, seed: 4 }));
    const c = columnValues(data, 't', 'c') as string[];
    expect(c.every((v) => /^[A-Z]{1,3}$/.test(v)) && new Set(c).size === c.length).toBe(true);
    expect(columnValues(data, 't', 'd').every((v) => /^[0-9]{1,3}x$/.test(String(v)))).toBe(true);
  });

  it('declares them in PostgreSQL and MySQL, and leaves them out with a note where CHECKs have no regex', () => {
    const order = loadOrder(schema);
    expect(renderCreateTables(schema, order, 'postgres')).toContain(`CHECK ("note" !~ '[<>]')`);
    expect(renderCreateTables(schema, order, 'mysql')).toContain("CHECK (`code` REGEXP '^[A-Z]{3}-[0-9]{3}$')");
    for (const target of ['sqlite', 'mssql'] as const) {
      const sql = renderCreateTables(schema, order, target);
      expect(sql.split('\n').filter((l) => !l.startsWith('--')).join('\n'), target).not.toMatch(/REGEXP|~/);
      expect(sql, target).toContain('uses a regular expression');
    }
  });
});
