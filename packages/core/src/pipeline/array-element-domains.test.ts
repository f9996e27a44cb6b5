import { beforeAll, describe, expect, it } from 'vitest';
import type { Schema } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows, type TextRow, type ValidationReport } from '../validation/index.js';

const DDL = `CREATE DOMAIN score AS int CHECK (VALUE BETWEEN 5 AND 10);
CREATE DOMAIN posint AS int NOT NULL CHECK (VALUE > 0);
CREATE TABLE t (id int PRIMARY KEY, s score[], p posint[]);`;

let schema: Schema;

function validate(rows: TextRow[], target: 'postgres' | 'mysql' = 'postgres'): ValidationReport {
  return validateRows(schema, { target, tables: [{ name: 't', rows: () => rows }] });
}

describe('the validator applies an element domain to every array element', () => {
  beforeAll(async () => {
    await loadParsers();
    schema = parseSchema(DDL, { dialect: 'postgres' }).schema;
  });

  it('reports an element that fails the domain CHECK, naming the column and element (PostgreSQL rejects the row)', () => {
    const report = validate([['1', '{5,581,7}', null], ['2', '{6}', null], ['3', '{{5,6},{7,11}}', null]]);
    expect(report.ok).toBe(false);
    expect(report.tables[0]?.violations).toMatchObject([{
      rule: 'check', constraint: 'score', column: 's', count: 2,
      examples: [
        { row: 1, value: '{5,581,7}', message: 'row 1: s[2] = 581 fails the CHECK of domain score' },
        { row: 3, value: '{{5,6},{7,11}}', message: 'row 3: s[2][2] = 11 fails the CHECK of domain score' },
      ],
    }]);
  });

  it('passes rows whose elements all meet the CHECK, with NULL elements, NULL and empty arrays', () => {
    const report = validate([['1', '{5,10,NULL}', '{1,2}'], ['2', null, null], ['3', '{}', '{}'], ['4', '{{5,6},{7,8}}', '{{3}}']]);
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([]);
  });

  it('applies the element domain NOT NULL to each element, as PostgreSQL does', () => {
    const report = validate([['1', null, '{1,NULL}'], ['2', null, '{0}']]);
    expect(report.tables[0]?.violations).toMatchObject([
      { rule: 'not-null', constraint: 'posint', column: 'p', count: 1, examples: [{ row: 1, message: 'row 1: p[2] is NULL but its domain posint is NOT NULL' }] },
      { rule: 'check', constraint: 'posint', column: 'p', count: 1, examples: [{ row: 2, message: 'row 2: p[1] = 0 fails the CHECK of domain posint' }] },
    ]);
  });

  it('reads JSON array cells as well', () => {
    const report = validate([['1', '[5, 12]', null]], 'mysql');
    expect(report.tables[0]?.violations).toMatchObject([{ rule: 'check', column: 's', examples: [{ message: 'row 1: s[2] = 12 fails the CHECK of domain score' }] }]);
  });
});
