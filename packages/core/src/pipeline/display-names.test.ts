import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, validatePlan, type ColumnSpec } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

beforeAll(async () => { await loadParsers(); });

const DDL = `
CREATE TABLE roles (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, display_name VARCHAR(60));
CREATE TABLE permissions (id INT PRIMARY KEY, name VARCHAR(60) NOT NULL, display_name VARCHAR(12) NOT NULL);
CREATE TABLE users (id INT PRIMARY KEY, display_name VARCHAR(60) NOT NULL);
CREATE TABLE menu_items (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, course VARCHAR(20) NOT NULL);
CREATE TABLE courses (id INT PRIMARY KEY, course VARCHAR(60) NOT NULL);
CREATE TABLE departments (id INT PRIMARY KEY, name VARCHAR(8) NOT NULL);
CREATE TABLE vendors (id INT PRIMARY KEY, company VARCHAR(9) NOT NULL, job_title VARCHAR(10) NOT NULL);`;

type Run = ReturnType<typeof generateAll>;
let memo: Run | undefined;
const run = (): Run => (memo ??= generateAll());

function generateAll(ddl = DDL, rows = 300) {
  const schema = parseSchema(ddl, { dialect: 'postgres' }).schema;
  const plan = planFor(schema, { rows });
  const spec = (t: string, c: string): ColumnSpec | undefined => plan.tables[t]?.columns[c];
  const data = generate(schema, plan);
  return { schema, plan, spec, values: (t: string, c: string) => columnValues(data, t, c) };
}

describe('display names', () => {

  it('show the row\'s name in a table of roles or permissions ("orders.read" → "Orders Read")', () => {
    expect(run().spec('roles', 'display_name')).toMatchObject({ generator: 'vocabulary', name: 'roleName', fromColumn: 'name' });
    const names = run().values('permissions', 'name');
    const shown = run().values('permissions', 'display_name');
    expect(names.some((n) => String(n).includes('.'))).toBe(true);
    const whole = names.map((n) => String(n).split(/[._-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '));
    shown.forEach((d, i) => expect(whole[i]?.startsWith(String(d))).toBe(true));
    expect(shown.every((d) => String(d).length <= 12 && !String(d).endsWith('.'))).toBe(true);
    expect(shown.some((d, i) => d === whole[i] && / /.test(String(d)))).toBe(true);
    const roleNames = run().values('roles', 'name');
    run().values('roles', 'display_name').forEach((d, i) => { if (d !== null) expect(d).toBe(roleNames[i]); });
  });

  it('stay people\'s names in a table of users', () => {
    expect(run().spec('users', 'display_name')).toEqual({ generator: 'fullName' });
  });

  it('a plan naming an unknown column is refused', () => {
    const schema = parseSchema(DDL, { dialect: 'postgres' }).schema;
    const plan = planFor(schema, { rows: 10 });
    const roles = plan.tables['roles']!;
    const edited = { ...plan, tables: { ...plan.tables, roles: { ...roles, columns: { ...roles.columns, display_name: { generator: 'vocabulary', name: 'roleName', fromColumn: 'nope' } } } } };
    expect(() => validatePlan(schema, edited)).toThrow(/unknown column "nope"/);
  });
});

describe('dishes and their courses', () => {

  it('a menu\'s items are dishes and its course a meal\'s course', () => {
    expect(run().spec('menu_items', 'name')).toMatchObject({ generator: 'vocabulary', name: 'menuItem' });
    expect(run().spec('menu_items', 'course')).toMatchObject({ generator: 'vocabulary', name: 'mealCourse' });
    expect(new Set(run().values('menu_items', 'course'))).toEqual(new Set(['Appetizer', 'Soup', 'Salad', 'Main Course', 'Side', 'Dessert', 'Beverage', 'Special']));
  });

  it('dishes are named in tables of dishes only', () => {
    const ddl = ['dishes', 'recipes', 'food_categories', 'meal_plans'].map((t) => `CREATE TABLE ${t} (id INT PRIMARY KEY, name VARCHAR(80) NOT NULL);`).join('\n');
    const plan = planFor(parseSchema(ddl, { dialect: 'postgres' }).schema, { rows: 10 });
    const nameOf = (t: string) => { const c = plan.tables[t]?.columns['name']; return c?.generator === 'vocabulary' ? c.name : c?.generator; };
    expect(['dishes', 'recipes', 'food_categories', 'meal_plans'].map(nameOf)).toEqual(['menuItem', 'menuItem', 'category', 'company']);
    const menus = planFor(parseSchema('CREATE TABLE menus (id INT PRIMARY KEY, name VARCHAR(60));', { dialect: 'postgres' }).schema, { rows: 10 });
    expect(menus.tables['menus']?.columns['name']).not.toMatchObject({ name: 'menuItem' });
  });

  it('a school\'s course stays a course name', () => {
    expect(run().spec('courses', 'course')).toMatchObject({ generator: 'vocabulary', name: 'courseName' });
  });
});

describe('vocabulary in short columns', () => {

  it('draws only values that fit whole, the common ones most (VARCHAR(8) departments got "Customer", cut)', () => {
    const counts = new Map<unknown, number>();
    run().values('departments', 'name').forEach((v) => counts.set(v, (counts.get(v) ?? 0) + 1));
    expect([...counts.keys()].sort()).toEqual(['Design', 'Finance', 'Legal', 'Sales', 'Security', 'Training']);
    expect(counts.get('Sales')).toBeGreaterThan(counts.get('Training') ?? 0);
  });

  it('keeps cutting values where fewer than three fit whole (a VARCHAR(5) job title was "Chef" on every row)', () => {
    const schema = parseSchema('CREATE TABLE staff (id INT PRIMARY KEY, job_title VARCHAR(5) NOT NULL);', { dialect: 'postgres' }).schema;
    const titles = columnValues(generate(schema, planFor(schema, { rows: 300 })), 'staff', 'job_title');
    expect(new Set(titles).size).toBeGreaterThan(5);
  });

  it('cuts a name that cannot fit without a full stop', () => {
    const cut = [...run().values('vendors', 'company'), ...run().values('vendors', 'job_title')].map(String);
    expect(cut.every((v) => !v.endsWith('.') || /\b(Inc|Co|Corp|Ltd)\.$/.test(v))).toBe(true);
    expect(cut.every((v) => v.length <= 10)).toBe(true);
  });
});
