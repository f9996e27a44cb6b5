import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../__fixtures__/fixture-text.js';
import { columnOf, tableOf } from '../../__fixtures__/schema-lookup.js';
import { loadParsers } from '../../load-parsers.js';
import { parseSchema } from '../../parse-schema.js';

await loadParsers();

const mysql = (sql: string) => parseSchema(sql, { dialect: 'mysql' });

describe('MySQL feature corpus (mysql-features.sql)', () => {
  const { schema, warnings } = parseSchema(fixtureText('mysql-features.sql'), { file: 'mysql-features.sql' });
  const col = (t: string, c: string) => columnOf(schema, t, c);

  it('reads the tables, ignoring KEY/INDEX entries and table options', () => {
    expect(schema.tables.map((t) => t.name)).toEqual(['customers', 'categories', 'orders', 'order_lines', 'shipments']);
    expect(tableOf(schema, 'customers').comment).toBe('people who buy');
    expect(tableOf(schema, 'customers').uniques).toEqual([{ name: 'uq_customers_email', columns: ['email'] }]);
  });

  it('maps MySQL types', () => {
    expect(col('customers', 'id')).toMatchObject({ type: { kind: 'int', bits: 32, unsigned: true }, autoIncrement: 'auto-increment', nullable: false });
    expect(col('customers', 'is_active')).toMatchObject({ type: { kind: 'boolean' }, default: { kind: 'literal', value: true } });
    expect(col('customers', 'vip').type).toEqual({ kind: 'boolean' });
    expect(col('customers', 'newsletter').type).toEqual({ kind: 'boolean' });
    expect(col('customers', 'status')).toMatchObject({ type: { kind: 'enum', values: ['new', 'active', 'banned'] }, default: { kind: 'literal', value: 'new' } });
    expect(col('customers', 'tags').type).toEqual({ kind: 'enum', values: ['a', 'b', 'c'] });
    expect(col('customers', 'age').type).toEqual({ kind: 'int', bits: 8, unsigned: true });
    expect(col('customers', 'visits').type).toEqual({ kind: 'int', bits: 64, unsigned: true });
    expect(col('customers', 'balance').type).toEqual({ kind: 'decimal', precision: 12, scale: 2 });
    expect(col('customers', 'ratio').type).toEqual({ kind: 'float', bits: 64 });
    expect(col('customers', 'weight').type).toEqual({ kind: 'float', bits: 32 });
    expect(col('customers', 'notes').type).toEqual({ kind: 'string', variant: 'text' });
    expect(col('customers', 'history').type).toEqual({ kind: 'string', variant: 'text' });
    expect(col('customers', 'avatar').type).toEqual({ kind: 'bytes' });
    expect(col('customers', 'token').type).toEqual({ kind: 'bytes', length: 16 });
    expect(col('customers', 'prefs').type).toEqual({ kind: 'json', binary: false });
    expect(col('customers', 'wake_at').type).toEqual({ kind: 'time' });
    expect(col('customers', 'updated_at').type).toEqual({ kind: 'timestamp', withTimeZone: false, unix: true });
    expect(col('customers', 'country').type).toEqual({ kind: 'string', variant: 'char', length: 2 });
    expect(col('customers', 'email').comment).toBe('login e-mail');
  });

  it('reads defaults as literals or expressions', () => {
    expect(col('customers', 'created_at').default).toEqual({ kind: 'expression', sql: 'CURRENT_TIMESTAMP' });
    expect(col('customers', 'balance').default).toEqual({ kind: 'literal', value: 0 });
    expect(col('customers', 'updated_at').default).toEqual({ kind: 'literal', value: null });
  });

  it('reads composite and self-referencing keys with actions', () => {
    expect(tableOf(schema, 'orders').primaryKey).toEqual({ columns: ['customer_id', 'order_no'] });
    expect(tableOf(schema, 'orders').foreignKeys).toEqual([{
      name: 'fk_orders_customer', columns: ['customer_id'], refTable: 'customers', refColumns: ['id'],
      onDelete: 'CASCADE', onUpdate: 'CASCADE', deferrable: false, initiallyDeferred: false,
    }]);
    expect(tableOf(schema, 'categories').foreignKeys[0]).toMatchObject({ refTable: 'categories', refColumns: ['id'], onDelete: 'SET NULL' });
    expect(tableOf(schema, 'order_lines').foreignKeys[0]).toMatchObject({ columns: ['customer_id', 'order_no'], refColumns: ['customer_id', 'order_no'] });
    expect(tableOf(schema, 'order_lines').uniques).toEqual([{ columns: ['customer_id', 'order_no', 'category_id'] }]);
  });

  it('reads CHECKs: BETWEEN, IN, IS NULL, LIKE, function calls, arithmetic', () => {
    const checks = tableOf(schema, 'customers').checks;
    expect(checks[0]).toEqual({
      name: 'chk_age', sql: '`age` BETWEEN 18 AND 120',
      expr: { kind: 'between', operand: { kind: 'column', name: 'age' }, low: { kind: 'literal', value: 18 }, high: { kind: 'literal', value: 120 }, negated: false },
    });
    expect(checks[1]?.expr).toMatchObject({
      kind: 'binary', op: 'and',
      left: { kind: 'binary', op: '>', left: { kind: 'call', name: 'char_length', args: [{ kind: 'column', name: 'full_name' }] } },
      right: { kind: 'like', negated: true, pattern: { kind: 'literal', value: '% %%' } },
    });
    const orders = tableOf(schema, 'orders').checks.map((c) => c.expr.kind);
    expect(orders).toEqual(['binary', 'in', 'binary']);
    expect(tableOf(schema, 'order_lines').checks[0]?.sql).toBe('qty * unit_price < 1000000 AND qty % 1 = 0 AND -qty < 0');
  });

  it('applies ALTER TABLE ADD PRIMARY KEY / MODIFY ... AUTO_INCREMENT / ADD CONSTRAINT', () => {
    const t = tableOf(schema, 'shipments');
    expect(t.primaryKey).toEqual({ columns: ['id'] });
    expect(col('shipments', 'id')).toMatchObject({ autoIncrement: 'auto-increment', nullable: false });
    expect(t.foreignKeys.map((f) => f.name)).toEqual(['fk_ship_order']);
    expect(t.uniques).toEqual([{ name: 'uq_ship', columns: ['customer_id', 'order_no', 'carrier'] }]);
    expect(t.checks.map((c) => c.name)).toEqual(['chk_carrier']);
  });

  it('reads inline KEY/INDEX and CREATE INDEX as secondary indexes', () => {
    expect(tableOf(schema, 'customers').indexes).toEqual([{ name: 'idx_customers_name', columns: ['full_name'] }, { name: 'idx_status', columns: ['status'] }]);
    expect(tableOf(schema, 'orders').indexes).toEqual(expect.arrayContaining([{ name: 'idx_orders_placed', columns: ['placed_at'] }]));
  });

  it('warns, with positions, about every kind of statement that does not shape data (one warning per kind, counted)', () => {
    const skipped = warnings.map((w) => `${w.line}:${w.column} ${w.message.split(': ')[0] ?? ''}`);
    expect(skipped).toEqual([
      '2:10 4 SET statements skipped (first at 2:10)', '5:1 skipped USE', '6:1 skipped DROP TABLE',
      '88:1 skipped CREATE VIEW', '89:1 skipped LOCK', '90:10 2 ALTER TABLE statements skipped (first at 90:10)',
      '91:1 skipped INSERT', '93:1 skipped UNLOCK', '95:1 skipped CREATE TRIGGER', '99:1 skipped GRANT',
    ]);
    expect(warnings[3]?.statement).toMatch(/^CREATE VIEW v_active AS SELECT id, email FROM/);
  });
});

describe('MySQL details', () => {
  it('leaves computed columns out with a warning', () => {
    const { schema, warnings } = mysql('CREATE TABLE t (a INT, b INT GENERATED ALWAYS AS (a + 1) STORED, c INT AS (a * 2));');
    expect(schema.tables[0]?.columns.map((c) => c.name)).toEqual(['a']);
    expect(warnings.map((w) => w.message)).toEqual([
      'column "t.b" is computed by the database (GENERATED/AS); it is left out of the generated data',
      'column "t.c" is computed by the database (GENERATED/AS); it is left out of the generated data',
    ]);
  });

  it('leaves typed computed columns (AS ... VIRTUAL/STORED, GENERATED ALWAYS AS ... NOT NULL) out with a warning', () => {
    const { schema, warnings } = mysql('CREATE TABLE t (q INT, p DECIMAL(9,2), a DECIMAL(9,2) AS (q*p) VIRTUAL, b DECIMAL(9,2) AS (q*p) STORED,\n'
      + 'c DECIMAL(9,2) GENERATED ALWAYS AS (q*p) STORED NOT NULL, d DECIMAL(9,2) GENERATED ALWAYS AS (q*p));');
    expect(schema.tables[0]?.columns.map((c) => c.name)).toEqual(['q', 'p']);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message.split(' is ')[0] ?? ''}`)).toEqual(['1:40 column "t.a"', '1:73 column "t.b"', '2:1 column "t.c"', '2:59 column "t.d"']);
  });

  it('accepts ZEROFILL, which implies UNSIGNED, before or after UNSIGNED and in ALTER TABLE', () => {
    const { schema } = mysql('CREATE TABLE t (a INT(5) ZEROFILL NOT NULL, b INT UNSIGNED ZEROFILL, c SMALLINT(3) ZEROFILL UNSIGNED, d BIGINT ZEROFILL);\nALTER TABLE t ADD COLUMN e TINYINT(2) ZEROFILL;');
    expect(schema.tables[0]?.columns.map((c) => [c.name, c.type, c.nullable])).toEqual([
      ['a', { kind: 'int', bits: 32, unsigned: true }, false], ['b', { kind: 'int', bits: 32, unsigned: true }, true],
      ['c', { kind: 'int', bits: 16, unsigned: true }, true], ['d', { kind: 'int', bits: 64, unsigned: true }, true],
      ['e', { kind: 'int', bits: 8, unsigned: true }, true],
    ]);
  });

  it('reads MySQL Workbench DDL: indexes marked VISIBLE/INVISIBLE, INVISIBLE columns, a column named visible', () => {
    const { schema } = mysql([
      'CREATE TABLE IF NOT EXISTS `mydb`.`order` (`idorder` INT NOT NULL AUTO_INCREMENT, `note` TEXT INVISIBLE, visible TINYINT(1) NOT NULL,',
      '  `customer_id` INT NOT NULL, PRIMARY KEY (`idorder`), UNIQUE INDEX `u_idx` (`customer_id` ASC, visible) VISIBLE,',
      '  INDEX `fk_order_customer_idx` (`customer_id` ASC) INVISIBLE) ENGINE = InnoDB;',
    ].join('\n'));
    const t = schema.tables[0];
    expect(t?.columns.map((c) => c.name)).toEqual(['idorder', 'note', 'visible', 'customer_id']);
    expect(t?.uniques.map((u) => u.columns)).toEqual([['customer_id', 'visible']]);
  });

  it('keeps untranslatable parts of a CHECK as raw SQL next to the translated ones (REGEXP is translated)', () => {
    const { schema } = mysql("CREATE TABLE t (a INT, s VARCHAR(9), CHECK (a > 0 AND s REGEXP '^[a-z]+$' AND (CASE WHEN a > 5 THEN 1 ELSE 0 END) = 1));");
    expect(schema.tables[0]?.checks[0]?.expr).toEqual({
      kind: 'binary', op: 'and',
      left: {
        kind: 'binary', op: 'and',
        left: { kind: 'binary', op: '>', left: { kind: 'column', name: 'a' }, right: { kind: 'literal', value: 0 } },
        right: { kind: 'regex', operand: { kind: 'column', name: 's' }, pattern: { kind: 'literal', value: '^[a-z]+$' }, negated: false, caseInsensitive: true },
      },
      right: { kind: 'raw', sql: '(CASE WHEN a > 5 THEN 1 ELSE 0 END) = 1' },
    });
  });

  it('reads NOT IN, NOT BETWEEN, casts and negative literals', () => {
    const { schema } = mysql('CREATE TABLE t (a INT CHECK (a NOT IN (1, 2) AND a NOT BETWEEN -5 AND -1 AND CAST(a AS CHAR) <> \'x\'));');
    expect(schema.tables[0]?.checks[0]?.expr).toMatchObject({
      left: {
        left: { kind: 'in', negated: true, values: [{ value: 1 }, { value: 2 }] },
        right: { kind: 'between', negated: true, low: { kind: 'literal', value: -5 }, high: { kind: 'literal', value: -1 } },
      },
      right: { kind: 'binary', op: '<>', left: { kind: 'cast', operand: { kind: 'column', name: 'a' }, to: 'char' } },
    });
  });

  it('accepts MySQL double-quoted strings where only a string may stand (ENUM, SET, COMMENT)', () => {
    const { schema } = mysql('CREATE TABLE t (s ENUM("a","b") DEFAULT "a" COMMENT "size", z SET("x","y")) COMMENT "tab";');
    expect(schema.tables[0]).toMatchObject({
      comment: 'tab',
      columns: [
        { name: 's', type: { kind: 'enum', values: ['a', 'b'] }, default: { kind: 'literal', value: 'a' }, comment: 'size' },
        { name: 'z', type: { kind: 'enum', values: ['x', 'y'] } },
      ],
    });
  });

  it('refuses ALTER TABLE operations that would change the shape it read', () => {
    expect(() => mysql('CREATE TABLE t (a INT, b INT);\nALTER TABLE t DROP COLUMN b;')).toThrow(/DropColumn is not supported/);
  });
});
