import { describe, expect, it } from 'vitest';
import { sharedFixtureText } from './__fixtures__/fixture-text.js';
import { columnOf, tableOf } from './__fixtures__/schema-lookup.js';
import { loadParsers } from './load-parsers.js';
import { parseSchema } from './parse-schema.js';

await loadParsers();

const read = (file: string) => parseSchema(sharedFixtureText(file), { file });
const fkTargets = (schema: ReturnType<typeof read>['schema'], table: string): string[] =>
  tableOf(schema, table).foreignKeys.map((fk) => `${fk.columns.join(',')}->${fk.refTable}(${fk.refColumns.join(',')})`);

describe('company_employee.ddl', () => {
  const { schema, dialect, warnings } = read('company_employee.ddl');

  it('is MySQL with the seven tables in order and no warnings', () => {
    expect(dialect).toBe('mysql');
    expect(schema.sourceDialect).toBe('mysql');
    expect(schema.tables.map((t) => t.name)).toEqual([
      'Companies', 'Departments', 'Employees', 'Projects', 'Employee_Projects', 'Employee_Benefits', 'Performance_Reviews',
    ]);
    expect(warnings).toEqual([]);
  });

  it('has AUTO_INCREMENT primary keys', () => {
    for (const t of schema.tables) {
      expect(t.primaryKey?.columns).toHaveLength(1);
      const pk = columnOf(schema, t.name, t.primaryKey?.columns[0] ?? '');
      expect(pk).toMatchObject({ type: { kind: 'int', bits: 32 }, nullable: false, autoIncrement: 'auto-increment' });
    }
  });

  it('has the foreign keys, including two into Employees from Performance_Reviews', () => {
    expect(fkTargets(schema, 'Departments')).toEqual(['company_id->Companies(company_id)']);
    expect(fkTargets(schema, 'Employee_Projects')).toEqual(['employee_id->Employees(employee_id)', 'project_id->Projects(project_id)']);
    expect(fkTargets(schema, 'Performance_Reviews')).toEqual(['employee_id->Employees(employee_id)', 'reviewer_id->Employees(employee_id)']);
  });

  it('reads enums with their values, decimals with precision, UNIQUE NOT NULL', () => {
    expect(columnOf(schema, 'Employees', 'employment_status')).toEqual({
      name: 'employment_status', type: { kind: 'enum', values: ['Full-time', 'Part-time', 'Contract', 'Temporary'] }, nullable: false,
    });
    expect(columnOf(schema, 'Employees', 'salary').type).toEqual({ kind: 'decimal', precision: 10, scale: 2 });
    expect(columnOf(schema, 'Projects', 'budget')).toMatchObject({ type: { kind: 'decimal', precision: 12, scale: 2 }, nullable: true });
    expect(tableOf(schema, 'Employees').uniques).toEqual([{ columns: ['email'] }]);
    expect(columnOf(schema, 'Employees', 'email').nullable).toBe(false);
  });

  it('reads CHECK (rating >= 1 AND rating <= 5) as an expression tree, and the enum default', () => {
    expect(tableOf(schema, 'Performance_Reviews').checks).toEqual([{
      expr: {
        kind: 'binary', op: 'and',
        left: { kind: 'binary', op: '>=', left: { kind: 'column', name: 'rating' }, right: { kind: 'literal', value: 1 } },
        right: { kind: 'binary', op: '<=', left: { kind: 'column', name: 'rating' }, right: { kind: 'literal', value: 5 } },
      },
      sql: 'rating >= 1 AND rating <= 5',
    }]);
    expect(columnOf(schema, 'Performance_Reviews', 'review_status').default).toEqual({ kind: 'literal', value: 'Draft' });
  });

  it('returns a frozen schema', () => {
    expect(Object.isFrozen(schema)).toBe(true);
    expect(Object.isFrozen(schema.tables[0]?.columns[0])).toBe(true);
  });
});

describe('library_mgm.ddl', () => {
  const { schema } = read('library_mgm.ddl');

  it('parses the unquoted reserved word `condition` as a column name', () => {
    expect(columnOf(schema, 'Book_Inventory', 'condition')).toEqual({
      name: 'condition', type: { kind: 'enum', values: ['New', 'Good', 'Fair', 'Poor'] }, nullable: true,
    });
  });

  it('has nine tables and their foreign keys', () => {
    expect(schema.tables).toHaveLength(9);
    expect(fkTargets(schema, 'Library_Branches')).toEqual(['manager_id->Employees(employee_id)']);
    expect(fkTargets(schema, 'Book_Loans')).toEqual(['member_id->Library_Members(member_id)', 'inventory_id->Book_Inventory(inventory_id)']);
  });

  it('reads DATETIME as a timestamp without zone and DEFAULT 0 as a literal', () => {
    expect(columnOf(schema, 'Book_Loans', 'loan_date')).toMatchObject({ type: { kind: 'timestamp', withTimeZone: false }, nullable: false });
    expect(columnOf(schema, 'Book_Loans', 'fine_amount').default).toEqual({ kind: 'literal', value: 0 });
    expect(columnOf(schema, 'Library_Members', 'account_status').default).toEqual({ kind: 'literal', value: 'Active' });
  });
});

describe('restaurants.ddl', () => {
  const { schema } = read('restaurants.ddl');

  it('reads DEFAULT CURRENT_TIMESTAMP as an expression default', () => {
    expect(columnOf(schema, 'Customers', 'registration_date')).toEqual({
      name: 'registration_date', type: { kind: 'timestamp', withTimeZone: false }, nullable: true,
      default: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' },
    });
  });

  it('reads BOOLEAN DEFAULT TRUE, DECIMAL(3, 2), explicit NULL and the CHECK on Reviews', () => {
    expect(columnOf(schema, 'Menu', 'available')).toMatchObject({ type: { kind: 'boolean' }, default: { kind: 'literal', value: true } });
    expect(columnOf(schema, 'Restaurants', 'rating').type).toEqual({ kind: 'decimal', precision: 3, scale: 2 });
    expect(columnOf(schema, 'Delivery_Drivers', 'termination_date').nullable).toBe(true);
    expect(tableOf(schema, 'Reviews').checks[0]?.sql).toBe('rating >= 1 AND rating <= 5');
  });

  it('has the order-item foreign keys and UNIQUE license numbers', () => {
    expect(fkTargets(schema, 'Order_Items')).toEqual(['order_id->Orders(order_id)', 'menu_id->Menu(menu_id)']);
    expect(tableOf(schema, 'Delivery_Drivers').uniques).toEqual([{ columns: ['license_number'] }]);
  });
});
