import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import type { Schema } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { planFor, validatePlan } from '../plan/index.js';

const fixture = (name: string): Schema =>
  parseSchema(readFileSync(resolve(import.meta.dirname, '../../../../../shared/fixtures/ddl', name), 'utf8')).schema;

describe('planFor on the sample schemas', () => {
  beforeAll(async () => { await loadParsers(); });

  it('infers generators from names, types and tables', () => {
    const plan = planFor(fixture('restaurants.ddl'), { rows: 100 });
    const c = plan.tables['Customers']?.columns;
    expect(c?.['customer_id']).toMatchObject({ generator: 'sequence' });
    expect(c?.['first_name']).toMatchObject({ generator: 'firstName' });
    expect(c?.['email']).toMatchObject({ generator: 'email', unique: true });
    expect(c?.['zip_code']).toMatchObject({ generator: 'address', field: 'zip' });
    expect(plan.tables['Restaurants']?.columns['name']).toMatchObject({ generator: 'vocabulary', name: 'restaurant' });
    expect(plan.tables['Reviews']?.columns['rating']).toMatchObject({ generator: 'int', min: 1, max: 5 });
    expect(plan.tables['Delivery_Drivers']?.columns['termination_date']).toMatchObject({ generator: 'after', column: 'join_date' });
    expect(plan.tables['Orders']?.foreignKeys).toHaveLength(2);
  });

  it('orders paired dates and finds ISBNs', () => {
    const plan = planFor(fixture('library_mgm.ddl'));
    expect(plan.tables['Authors']?.columns['death_date']).toMatchObject({ generator: 'after', column: 'birth_date' });
    expect(plan.tables['Book_Loans']?.columns['due_date']).toMatchObject({ generator: 'after', column: 'loan_date' });
    expect(plan.tables['Book_Loans']?.columns['return_date']).toMatchObject({ generator: 'after', column: 'loan_date' });
    expect(plan.tables['Books']?.columns['isbn']).toMatchObject({ generator: 'identifier', kind: 'isbn13', unique: true });
  });

  it('weights an enum toward its DEFAULT', () => {
    const plan = planFor(fixture('company_employee.ddl'));
    const spec = plan.tables['Performance_Reviews']?.columns['review_status'];
    expect(spec).toMatchObject({ generator: 'enum', values: ['Draft', 'Final', 'Approved'] });
    expect(spec?.generator === 'enum' ? spec.weights?.[0] : 0).toBeCloseTo(0.4);
  });

  it('refuses a plan that contradicts the schema', () => {
    const schema = fixture('restaurants.ddl');
    const plan = planFor(schema);
    const bad = { ...plan, tables: { ...plan.tables, Menu: { ...plan.tables['Menu']!, columns: { ...plan.tables['Menu']!.columns, price: { generator: 'email' } } } } };
    expect(() => validatePlan(schema, bad)).toThrowError(/cannot fill "Menu.price"/);
    try { validatePlan(schema, { ...plan, tables: { ...plan.tables, Nope: plan.tables['Menu'] } }); } catch (e) {
      expect(isRowforgeError(e, 'PLAN_CONTRADICTS_SCHEMA')).toBe(true);
    }
  });

  it('refuses --rows-for on an unknown table', () => {
    expect(() => planFor(fixture('restaurants.ddl'), { rowsFor: { Nope: 3 } })).toThrowError(/unknown table "Nope"/);
  });
});
