import { beforeAll, describe, expect, it } from 'vitest';
import { planFor, type Plan } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const DDL = `CREATE TABLE accounts (
  id int PRIMARY KEY, employee_count INT CHECK (employee_count > 0), num_employees int, headcount smallint, item_count int
);
CREATE TABLE departments (id int PRIMARY KEY, headcount int, staff_count tinyint);
CREATE TABLE employees (id int PRIMARY KEY, employee_number int NOT NULL);
CREATE TABLE customers (id int PRIMARY KEY, account_manager_employee_number int, min_employees int);`;

describe('head counts', () => {
  let plan: Plan;
  beforeAll(async () => {
    await loadParsers();
    plan = planFor(parseSchema(DDL).schema, { rows: 10 });
  });
  const spec = (table: string, column: string): unknown => plan.tables[table]?.columns[column];

  it.each(['employee_count', 'num_employees', 'headcount'])("reach thousands on a company's table (accounts.%s), most of them small", (column) => {
    expect(spec('accounts', column)).toMatchObject({ generator: 'int', min: 1, max: 5000, skew: 'small' });
  });

  it('reach hundreds on a department, within the type', () => {
    expect(spec('departments', 'headcount')).toMatchObject({ min: 1, max: 250, skew: 'small' });
    expect(spec('departments', 'staff_count')).toMatchObject({ min: 1, max: 127 });
  });

  it('leave other counts a few', () => {
    expect(spec('accounts', 'item_count')).toMatchObject({ min: 1, max: 12, skew: 'small' });
  });

  it('leave alone an employee\'s number and names that only end in a head-count word (an id, a bound)', () => {
    expect(spec('employees', 'employee_number')).not.toMatchObject({ max: 250 });
    expect(spec('customers', 'account_manager_employee_number')).not.toMatchObject({ max: 5000 });
    expect(spec('customers', 'min_employees')).not.toMatchObject({ max: 5000 });
  });
});
