import { beforeAll, describe, expect, it } from 'vitest';
import { planFor, validatePlan, type ColumnSpec, type Plan } from '../plan/index.js';
import { unfitLabels } from '../plan/listed-labels.js';
import type { Schema } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { tableColumns } from './testing/table-columns.js';

const INVOICES = `CREATE TABLE invoices (
  id int PRIMARY KEY,
  status VARCHAR(12) NOT NULL CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible')),
  kind VARCHAR(6) CHECK (kind IS NULL OR kind IN ('credit', 'refund', 'chargeback'))
);`;

const schemaOf = (ddl: string): Schema => parseSchema(ddl).schema;
const specOf = (plan: Plan, column: string): ColumnSpec | undefined => plan.tables['invoices']?.columns[column];

describe('CHECK labels that cannot fit their column', () => {
  beforeAll(loadParsers);

  it('leaves out the labels longer than the VARCHAR, so every row loads', async () => {
    const column = await tableColumns(INVOICES, 400);
    expect(new Set(column('status'))).toEqual(new Set(['draft', 'open', 'paid', 'void']));
    expect(new Set(column('kind').filter((v) => v !== null))).toEqual(new Set(['credit', 'refund']));
  });

  it('warns once per list, naming the table, the column and the labels left out', () => {
    const warnings = unfitLabels(schemaOf(INVOICES));
    expect(warnings.map((w) => [w.table, w.column, w.labels])).toEqual([['invoices', 'status', ['uncollectible']], ['invoices', 'kind', ['chargeback']]]);
    expect(warnings[0]?.message).toContain("'uncollectible' (13 characters)");
    expect(warnings[0]?.message).toContain('varchar(12)');
  });

  it('reads a domain CHECK on VALUE the same way', () => {
    const ddl = `CREATE DOMAIN tier AS VARCHAR(5) CHECK (VALUE IN ('basic', 'premium'));
CREATE TABLE invoices (id int PRIMARY KEY, level tier NOT NULL);`;
    const plan = planFor(schemaOf(ddl), { rows: 10 });
    expect(specOf(plan, 'level')).toMatchObject({ generator: 'enum', values: ['basic'] });
    expect(unfitLabels(schemaOf(ddl)).map((w) => w.labels)).toEqual([['premium']]);
  });

  it('draws every label, with a warning, when none fits (SQLite ignores the length; its schemas have such lists)', () => {
    const ddl = "CREATE TABLE invoices (id int PRIMARY KEY, status VARCHAR(3) NOT NULL CHECK (status IN ('draft', 'open')));";
    const schema = schemaOf(ddl);
    expect(specOf(planFor(schema, { rows: 10 }), 'status')).toMatchObject({ generator: 'enum', values: ['draft', 'open'] });
    expect(unfitLabels(schema).map((w) => w.message)).toEqual([
      `"invoices.status": no label of CHECK (status IN ('draft', 'open')) fits varchar(3); the plan draws them all (a database that enforces the length refuses every row)`,
    ]);
    const edited = planFor(schema, { rows: 10 });
    expect(() => validatePlan(schema, edited)).not.toThrow();
  });

  it('names a domain\'s base type in the warning', () => {
    const ddl = `CREATE DOMAIN invoice_status AS VARCHAR(12) CHECK (VALUE IN ('paid', 'uncollectible'));
CREATE TABLE invoices (id int PRIMARY KEY, status invoice_status NOT NULL);`;
    expect(unfitLabels(schemaOf(ddl))[0]?.message).toContain('cannot fit varchar(12)');
  });

  it('refuses an edited plan whose enum has a value longer than the column', () => {
    const schema = schemaOf(INVOICES);
    const plan = planFor(schema, { rows: 10 });
    const edited: Plan = { ...plan, tables: { invoices: { ...plan.tables['invoices']!, columns: { ...plan.tables['invoices']!.columns, status: { generator: 'enum', values: ['paid', 'uncollectible'] } } } } };
    expect(() => validatePlan(schema, edited)).toThrow(expect.objectContaining({ code: 'PLAN_CONTRADICTS_SCHEMA', message: expect.stringContaining('"uncollectible" (13 characters), which cannot fit varchar(12)') }));
  });
});
