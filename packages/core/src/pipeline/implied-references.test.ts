import { beforeAll, describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import { generate } from '../engine/index.js';
import { planFor, validatePlan, type ColumnSpec, type Plan } from '../plan/index.js';
import type { Schema, Value } from '../schema/index.js';
import { loadParsers, parseSchema, type SourceDialect } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

/** The fixtures' shape: departments come before the employees their manager_id names, with no FOREIGN KEY. */
const COMPANY = `
CREATE TABLE Departments (department_id INT PRIMARY KEY, name VARCHAR(100), manager_id INT);
CREATE TABLE Employees (employee_id INT PRIMARY KEY, first_name VARCHAR(50) NOT NULL, department_id INT NOT NULL REFERENCES Departments(department_id));
`;

const schemaOf = (ddl: string, dialect: SourceDialect = 'mysql'): Schema => parseSchema(ddl, { dialect }).schema;
const specOf = (plan: Plan, table: string, column: string): ColumnSpec | undefined => plan.tables[table]?.columns[column];

function failure(run: () => unknown): { code?: string; text: string } {
  try { run(); } catch (e) { return isRowforgeError(e) ? { code: e.code, text: e.message } : { text: String(e) }; }
  return { text: 'no error' };
}

function withSpec(plan: Plan, table: string, column: string, spec: ColumnSpec): Plan {
  const tp = plan.tables[table];
  if (!tp) throw new Error(`no table ${table}`);
  return { ...plan, tables: { ...plan.tables, [table]: { ...tp, columns: { ...tp.columns, [column]: spec } } } };
}

describe('columns naming another table\'s key without a foreign key', () => {
  beforeAll(async () => { await loadParsers(); });

  it('draws Departments.manager_id from Employees\' keys (Employees declared later), keeping its NULL share, and adds no constraint', () => {
    const schema = schemaOf(COMPANY);
    const plan = planFor(schema, { rows: 50, rowsFor: { Departments: 400 }, seed: 3 });
    expect(specOf(plan, 'Departments', 'manager_id')).toEqual({ generator: 'reference', table: 'Employees', column: 'employee_id', nullRate: 0.1 });
    expect(schema.tables[0]?.foreignKeys).toEqual([]);
    const data = generate(schema, plan);
    const keys = new Set(columnValues(data, 'Employees', 'employee_id'));
    const managers = columnValues(data, 'Departments', 'manager_id');
    expect(managers.filter((v) => v !== null).every((v) => keys.has(v))).toBe(true);
    expect(new Set(managers.filter((v) => v !== null)).size).toBeGreaterThan(40);
    expect(managers.filter((v) => v === null).length).toBeGreaterThan(15);
    expect(managers.filter((v) => v === null).length).toBeLessThan(70);
  });

  it('gives a slice of the rows, made alone (Employees not generated), the same values as the whole run', () => {
    const schema = schemaOf(COMPANY);
    const plan = planFor(schema, { rows: 50, seed: 9 });
    const whole = columnValues(generate(schema, plan), 'Departments', 'manager_id');
    const table = generate(schema, plan).tables.find((t) => t.table.name === 'Departments');
    const slice: Value[] = [...(table?.batches({ start: 20, end: 35 }) ?? [])].flat().map((row) => row[2] ?? null);
    expect(slice).toHaveLength(15);
    expect(slice).toEqual(whole.slice(20, 35));
  });

  it('matches names singular or plural, in any case, and roles: category_id → categories, PersonID → people, reports_to → its own table, created_by → users', () => {
    const ddl = `
      CREATE TABLE categories (id INT PRIMARY KEY, name TEXT);
      CREATE TABLE people (id BIGINT PRIMARY KEY, name TEXT);
      CREATE TABLE users (id UUID PRIMARY KEY, email TEXT);
      CREATE TABLE staff (staff_id INT PRIMARY KEY, reports_to INT, "PersonID" BIGINT);
      CREATE TABLE products (id INT PRIMARY KEY, category_id INT NOT NULL, created_by VARCHAR(40), author_uuid UUID);`;
    const schema = schemaOf(ddl, 'postgres');
    const plan = planFor(schema, { rows: 30 });
    expect(specOf(plan, 'products', 'category_id')).toMatchObject({ generator: 'reference', table: 'categories', column: 'id' });
    expect(specOf(plan, 'staff', 'PersonID')).toMatchObject({ generator: 'reference', table: 'people', column: 'id' });
    expect(specOf(plan, 'staff', 'reports_to')).toMatchObject({ generator: 'reference', table: 'staff', column: 'staff_id' });
    expect(specOf(plan, 'products', 'created_by')).toMatchObject({ generator: 'reference', table: 'users', column: 'id' });
    expect(specOf(plan, 'products', 'author_uuid')).toMatchObject({ generator: 'reference', table: 'users', column: 'id' });
    const data = generate(schema, plan);
    const staff = new Set(columnValues(data, 'staff', 'staff_id'));
    const users = new Set(columnValues(data, 'users', 'id'));
    expect(columnValues(data, 'staff', 'reports_to').every((v) => v === null || staff.has(v))).toBe(true);
    expect(columnValues(data, 'products', 'created_by').every((v) => v === null || users.has(v))).toBe(true);
  });

  it('leaves self-evident non-references alone: id, external_id, session_id with no sessions table, an INT key named by *_uuid', () => {
    const ddl = `
      CREATE TABLE externals (id INT PRIMARY KEY);
      CREATE TABLE users (id INT PRIMARY KEY);
      CREATE TABLE events (id INT PRIMARY KEY, external_id INT, session_id INT, user_uuid UUID, owner_id INT);`;
    const plan = planFor(schemaOf(ddl), { rows: 30 });
    for (const column of ['external_id', 'session_id', 'user_uuid']) expect(specOf(plan, 'events', column)?.generator).not.toBe('reference');
    expect(specOf(plan, 'events', 'id')?.generator).toBe('sequence');
    expect(specOf(plan, 'events', 'owner_id')).toMatchObject({ generator: 'reference', table: 'users' });
  });

  it('keeps a column\'s own generator when it is unique, part of a key, read by a CHECK, its own table\'s name, or too narrow for the keys', () => {
    const ddl = `
      CREATE TABLE employees (id INT PRIMARY KEY, employee_id INT, badge VARCHAR(8));
      CREATE TABLE teams (id INT PRIMARY KEY, lead_id INT UNIQUE, manager_id INT CHECK (manager_id > 100), head_id SMALLINT, mentor_id VARCHAR(5), owner_id INT);
      CREATE TABLE shifts (employee_ref INT, supervisor_id INT, day DATE, PRIMARY KEY (supervisor_id, day));`;
    const plan = planFor(schemaOf(ddl), { rows: 40_000 });
    expect(specOf(plan, 'employees', 'employee_id')?.generator).not.toBe('reference');
    for (const column of ['lead_id', 'manager_id', 'head_id', 'mentor_id']) expect(specOf(plan, 'teams', column)?.generator, column).not.toBe('reference');
    expect(specOf(plan, 'shifts', 'supervisor_id')?.generator).not.toBe('reference');
    expect(specOf(plan, 'teams', 'owner_id')).toMatchObject({ generator: 'reference', table: 'employees', column: 'id' });
  });

  it('draws a reference to the table itself as a tree: earlier rows only, so no one manages themselves and chains end (they looped)', () => {
    const schema = schemaOf('CREATE TABLE employees (employee_id INT PRIMARY KEY, name VARCHAR(60), manager_id INT NOT NULL); CREATE TABLE staff (id INT PRIMARY KEY, reports_to INT);');
    const plan = planFor(schema, { rows: 1000 });
    const data = generate(schema, plan);
    const ids = columnValues(data, 'employees', 'employee_id').map(Number);
    const managers = columnValues(data, 'employees', 'manager_id').map(Number);
    managers.forEach((m, i) => expect(i === 0 ? m === ids[0] : ids.indexOf(m) < i).toBe(true));
    const bosses = columnValues(data, 'staff', 'reports_to');
    expect(bosses[0]).toBeNull();
    expect(bosses.every((b, i) => b === null || Number(b) < Number(columnValues(data, 'staff', 'id')[i]))).toBe(true);
  });

  it('points a person\'s role in a table of people at that table, and a parent at its own table outside one', () => {
    const schema = schemaOf(`CREATE TABLE employees (employee_id INT PRIMARY KEY, name VARCHAR(60));
CREATE TABLE teachers (id INT PRIMARY KEY, reports_to INT);
CREATE TABLE parents (id INT PRIMARY KEY, name VARCHAR(60));
CREATE TABLE students (id INT PRIMARY KEY, parent_id INT);
CREATE TABLE categories (id INT PRIMARY KEY, parent_id INT);
CREATE TABLE departments (id INT PRIMARY KEY, manager_id INT);`);
    const plan = planFor(schema, { rows: 20 });
    const target = (t: string, c: string) => { const s = specOf(plan, t, c); return s?.generator === 'reference' ? s.table : s?.generator; };
    expect([target('teachers', 'reports_to'), target('students', 'parent_id'), target('categories', 'parent_id'), target('departments', 'manager_id')])
      .toEqual(['teachers', 'parents', 'categories', 'employees']);
  });

  it('skips a table with no rows', () => {
    const plan = planFor(schemaOf(COMPANY), { rows: 10, rowsFor: { Employees: 0 } });
    expect(specOf(plan, 'Departments', 'manager_id')?.generator).toBe('int');
  });

  it('draws text keys into a text column that holds them: owner_id VARCHAR(36) → users(id UUID)', () => {
    const ddl = 'CREATE TABLE docs (id INT PRIMARY KEY, owner_id VARCHAR(36) NOT NULL, editor_id VARCHAR(20)); CREATE TABLE users (id UUID PRIMARY KEY);';
    const schema = schemaOf(ddl, 'postgres');
    const plan = planFor(schema, { rows: 30 });
    expect(specOf(plan, 'docs', 'owner_id')).toEqual({ generator: 'reference', table: 'users', column: 'id' });
    expect(specOf(plan, 'docs', 'editor_id')?.generator).not.toBe('reference');
    const data = generate(schema, plan);
    const keys = new Set(columnValues(data, 'users', 'id'));
    expect(columnValues(data, 'docs', 'owner_id').every((v) => keys.has(v))).toBe(true);
  });
});

describe('a plan\'s reference generator', () => {
  beforeAll(async () => { await loadParsers(); });
  const schema = (): Schema => schemaOf(`${COMPANY} CREATE TABLE Notes (id INT PRIMARY KEY, author_id INT UNIQUE, code SMALLINT, editor INT NOT NULL);`);
  const edited = (table: string, column: string, spec: ColumnSpec): { code?: string; text: string } => {
    const s = schema();
    return failure(() => validatePlan(s, withSpec(planFor(s, { rows: 20 }), table, column, spec)));
  };

  it('refuses an unknown table or column, a column that is not a single-column key, or a key of the referring table', () => {
    expect(edited('Departments', 'manager_id', { generator: 'reference', table: 'Staff', column: 'id' })).toMatchObject({ code: 'PLAN_CONTRADICTS_SCHEMA', text: expect.stringMatching(/unknown column Staff\(id\)/) });
    expect(edited('Departments', 'manager_id', { generator: 'reference', table: 'Employees', column: 'first_name' }).text).toMatch(/not a single-column key/);
    expect(edited('Notes', 'author_id', { generator: 'reference', table: 'Employees', column: 'employee_id' }).text).toMatch(/cannot be a key or unique/);
  });

  it('refuses keys the column cannot hold and a NOT NULL column referring to a table with no rows', () => {
    const s = schema();
    const plan = planFor(s, { rows: 20 });
    const employees = (rows: number): Plan => ({ ...plan, tables: { ...plan.tables, Employees: { ...(plan.tables['Employees'] as Plan['tables'][string]), rows } } });
    const reference: ColumnSpec = { generator: 'reference', table: 'Employees', column: 'employee_id' };
    expect(failure(() => validatePlan(s, withSpec(employees(40_000), 'Notes', 'code', reference))).text).toMatch(/smallint cannot hold the keys of "Employees.employee_id"/);
    expect(failure(() => validatePlan(s, withSpec(employees(0), 'Notes', 'editor', reference))).text).toMatch(/"Employees", which has 0 rows, and is NOT NULL/);
    expect(validatePlan(s, withSpec(employees(0), 'Notes', 'code', reference)).tables['Notes']?.columns['code']).toEqual(reference);
  });
});
