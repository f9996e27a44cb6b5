import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../__fixtures__/fixture-text.js';
import { columnOf, tableOf } from '../../__fixtures__/schema-lookup.js';
import { loadParsers } from '../../load-parsers.js';
import { parseSchema } from '../../parse-schema.js';

await loadParsers();

const pg = (sql: string) => parseSchema(sql, { dialect: 'postgres' });

describe('PostgreSQL feature corpus (postgres-features.sql, pg_dump style)', () => {
  const { schema, dialect, warnings } = parseSchema(fixtureText('postgres-features.sql'));
  const col = (t: string, c: string) => columnOf(schema, t, c);

  it('is detected as PostgreSQL; schema-qualified names lose their schema', () => {
    expect(dialect).toBe('postgres');
    expect(schema.tables.map((t) => t.name)).toEqual(['accounts', 'invoices', 'invoice_lines', 'employees', 'audit']);
  });

  it('reads CREATE TYPE ... AS ENUM and CREATE DOMAIN types', () => {
    expect(col('accounts', 'current_mood')).toMatchObject({ type: { kind: 'enum', values: ['sad', 'ok', 'happy'], name: 'mood' }, default: { kind: 'literal', value: 'ok' } });
    expect(col('invoices', 'amount')).toMatchObject({
      nullable: false,
      type: { kind: 'domain', name: 'positive_int', base: { kind: 'int', bits: 32 }, notNull: false, checks: [{ kind: 'binary', op: '>', left: { kind: 'value' }, right: { kind: 'literal', value: 0 } }] },
    });
    expect(col('accounts', 'zip')).toMatchObject({ nullable: false, type: { kind: 'domain', name: 'us_zip', notNull: true, checks: [{ kind: 'regex', operand: { kind: 'value' }, pattern: { kind: 'literal', value: '^[0-9]{5}$' }, negated: false, caseInsensitive: false }] } });
  });

  it('reads serial, identity and sequence columns', () => {
    expect(col('accounts', 'id')).toEqual({ name: 'id', type: { kind: 'int', bits: 64 }, nullable: false, autoIncrement: 'serial', sequence: 'accounts_id_seq' });
    expect(col('invoices', 'invoice_no')).toEqual({ name: 'invoice_no', type: { kind: 'int', bits: 32 }, nullable: false, autoIncrement: 'sequence', sequence: 'invoice_no_seq' });
    expect(col('invoice_lines', 'item_id')).toMatchObject({ autoIncrement: 'identity-always', sequence: 'invoice_lines_item_id_seq', nullable: false });
    expect(col('employees', 'id')).toMatchObject({ autoIncrement: 'identity-by-default' });
    expect(col('audit', 'id')).toMatchObject({ autoIncrement: 'sequence', sequence: 'audit_id_seq' });
  });

  it('maps PostgreSQL types', () => {
    expect(col('accounts', 'tags')).toMatchObject({ type: { kind: 'array', element: { kind: 'string', variant: 'text' } }, default: { kind: 'literal', value: '{}' } });
    expect(col('accounts', 'scores').type).toEqual({ kind: 'array', element: { kind: 'int', bits: 32 } });
    expect(col('accounts', 'external_id')).toMatchObject({ type: { kind: 'uuid' }, default: { kind: 'expression', sql: 'gen_random_uuid()' }, nullable: false });
    expect(col('accounts', 'profile').type).toEqual({ kind: 'json', binary: true });
    expect(col('accounts', 'raw_profile').type).toEqual({ kind: 'json', binary: false });
    expect(col('accounts', 'avatar').type).toEqual({ kind: 'bytes' });
    expect(col('accounts', 'created_at')).toMatchObject({ type: { kind: 'timestamp', withTimeZone: true }, default: { kind: 'expression', sql: 'now()' } });
    expect(col('accounts', 'local_time').type).toEqual({ kind: 'timestamp', withTimeZone: false });
    expect(col('audit', 'happened_at').type).toEqual({ kind: 'timestamp', withTimeZone: true });
    expect(col('accounts', 'balance').type).toEqual({ kind: 'decimal', precision: 12, scale: 2 });
    expect(col('accounts', 'rate').type).toEqual({ kind: 'float', bits: 32 });
    expect(col('accounts', 'ratio').type).toEqual({ kind: 'float', bits: 64 });
    expect(col('accounts', 'code').type).toEqual({ kind: 'string', variant: 'char', length: 3 });
    expect(col('accounts', 'nick').type).toEqual({ kind: 'string', variant: 'varchar', length: 20 });
  });

  it('reads foreign keys with actions and DEFERRABLE [INITIALLY DEFERRED], inline and via ALTER TABLE', () => {
    expect(tableOf(schema, 'invoices').foreignKeys[0]).toMatchObject({ refTable: 'accounts', refColumns: ['id'], onDelete: 'CASCADE' });
    expect(tableOf(schema, 'invoice_lines').foreignKeys[0]).toMatchObject({ onUpdate: 'CASCADE', deferrable: true, initiallyDeferred: true });
    expect(tableOf(schema, 'employees').foreignKeys[0]).toMatchObject({ refTable: 'employees', refColumns: ['id'] });
    expect(tableOf(schema, 'audit').foreignKeys).toEqual([{
      name: 'audit_account_fk', columns: ['account_id'], refTable: 'accounts', refColumns: ['id'], deferrable: true, initiallyDeferred: false,
    }]);
    expect(tableOf(schema, 'audit').primaryKey).toEqual({ name: 'audit_pkey', columns: ['id'] });
    expect(tableOf(schema, 'audit').uniques).toEqual([{ name: 'audit_detail_uq', columns: ['account_id', 'happened_at'] }]);
  });

  it('reads CHECKs, turning pg_dump\'s = ANY (ARRAY[...]) into IN and IS DISTINCT FROM into raw SQL', () => {
    expect(tableOf(schema, 'invoices').checks[0]).toEqual({
      name: 'invoices_status_check',
      sql: "(status = ANY (ARRAY['open'::text, 'paid'::text, 'void'::text]))",
      expr: { kind: 'in', operand: { kind: 'column', name: 'status' }, values: [{ kind: 'literal', value: 'open' }, { kind: 'literal', value: 'paid' }, { kind: 'literal', value: 'void' }], negated: false },
    });
    expect(tableOf(schema, 'employees').checks[1]).toEqual({ name: 'no_self_manage', sql: 'manager_id IS DISTINCT FROM id', expr: { kind: 'raw', sql: 'manager_id IS DISTINCT FROM id' } });
    expect(tableOf(schema, 'accounts').checks[1]?.expr).toMatchObject({ kind: 'between', low: { value: 0 }, high: { value: 1000000 } });
  });

  it('reads a plain CREATE INDEX (USING btree, as pg_dump writes it) as a secondary index', () => {
    expect(tableOf(schema, 'accounts').indexes).toEqual([{ name: 'accounts_email_idx', columns: ['email'] }]);
  });

  it('applies COMMENT ON TABLE / COLUMN', () => {
    expect(tableOf(schema, 'accounts').comment).toBe('customer accounts');
    expect(col('accounts', 'handle').comment).toBe('public handle');
  });

  it('warns about every kind of statement that does not shape data, COPY data included (one warning per kind, counted), BEGIN/COMMIT excepted', () => {
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message.split(': ')[0] ?? ''}`)).toEqual([
      '2:1 2 SET statements skipped (first at 2:1)', '4:1 2 SELECT statements skipped (first at 4:1)', '5:1 skipped CREATE EXTENSION',
      '74:1 ignored ALTER TABLE "audit" OWNER TO', '75:1 skipped ALTER SEQUENCE', '85:1 skipped CREATE VIEW',
      '86:1 skipped CREATE FUNCTION', '92:1 skipped CREATE TRIGGER', '93:1 skipped GRANT', '95:1 skipped COPY',
      '100:1 skipped INSERT',
    ]);
    expect(warnings.find((w) => w.line === 95)?.message).toBe('skipped COPY: rows come from the generator, not the script');
  });
});

describe('PostgreSQL details', () => {
  it('reads ILIKE, NOT LIKE, NOT IN, IS NOT NULL, arithmetic, casts and functions in CHECKs', () => {
    const { schema } = pg("CREATE TABLE t (a int, s text, CHECK (s ILIKE 'x%' AND s NOT LIKE '%y' AND a NOT IN (1, 2) AND s IS NOT NULL AND (a + 1) * 2 <> 4 AND a::numeric > 0.5 AND NOT (a = 3) AND upper(s) <> '' AND current_date > '2020-01-01'));");
    const conj: unknown[] = [];
    const walk = (e: { kind: string; op?: string; left?: unknown; right?: unknown }): void => {
      if (e.kind === 'binary' && e.op === 'and') { walk(e.left as typeof e); walk(e.right as typeof e); } else conj.push(e);
    };
    walk(schema.tables[0]?.checks[0]?.expr as { kind: string });
    expect(conj).toEqual([
      { kind: 'like', operand: { kind: 'column', name: 's' }, pattern: { kind: 'literal', value: 'x%' }, negated: false, caseInsensitive: true },
      { kind: 'like', operand: { kind: 'column', name: 's' }, pattern: { kind: 'literal', value: '%y' }, negated: true, caseInsensitive: false },
      { kind: 'in', operand: { kind: 'column', name: 'a' }, values: [{ kind: 'literal', value: 1 }, { kind: 'literal', value: 2 }], negated: true },
      { kind: 'isNull', operand: { kind: 'column', name: 's' }, negated: true },
      { kind: 'binary', op: '<>', left: { kind: 'binary', op: '*', left: { kind: 'binary', op: '+', left: { kind: 'column', name: 'a' }, right: { kind: 'literal', value: 1 } }, right: { kind: 'literal', value: 2 } }, right: { kind: 'literal', value: 4 } },
      { kind: 'binary', op: '>', left: { kind: 'cast', operand: { kind: 'column', name: 'a' }, to: 'numeric' }, right: { kind: 'literal', value: 0.5 } },
      { kind: 'not', operand: { kind: 'binary', op: '=', left: { kind: 'column', name: 'a' }, right: { kind: 'literal', value: 3 } } },
      { kind: 'binary', op: '<>', left: { kind: 'call', name: 'upper', args: [{ kind: 'column', name: 's' }] }, right: { kind: 'literal', value: '' } },
      { kind: 'binary', op: '>', left: { kind: 'call', name: 'current_date', args: [] }, right: { kind: 'literal', value: '2020-01-01' } },
    ]);
  });

  it('resolves REFERENCES without columns to the parent primary key, and quoted names keep their case', () => {
    const { schema } = pg('CREATE TABLE "Parent" (id int PRIMARY KEY); CREATE TABLE child (pid int REFERENCES "Parent");');
    expect(schema.tables[1]?.foreignKeys[0]).toMatchObject({ refTable: 'Parent', refColumns: ['id'] });
  });

  it('leaves GENERATED ALWAYS AS (expr) STORED columns out with a warning, skips partitions', () => {
    const { schema, warnings } = pg('CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED) PARTITION BY RANGE (a);\nCREATE TABLE t1 PARTITION OF t FOR VALUES FROM (0) TO (10);');
    expect(schema.tables.map((t) => t.name)).toEqual(['t']);
    expect(schema.tables[0]?.columns.map((c) => c.name)).toEqual(['a']);
    expect(warnings.map((w) => w.line)).toEqual([1, 2, 1]);
  });

  it('keeps an inner domain\'s NOT NULL for a column of a domain declared over it', () => {
    const { schema } = pg('CREATE DOMAIN d1 AS int NOT NULL;\nCREATE DOMAIN d2 AS d1 CHECK (VALUE > 0);\nCREATE TABLE t (id int PRIMARY KEY, x d2);');
    expect(columnOf(schema, 't', 'x')).toMatchObject({ nullable: false, type: { kind: 'domain', name: 'd2', notNull: false, base: { kind: 'domain', name: 'd1', notNull: true } } });
  });

  it('reads a declared domain named like another dialect\'s type (pagila\'s year) as that domain', () => {
    const { schema } = pg('CREATE DOMAIN public.year AS integer CHECK (VALUE >= 1901 AND VALUE <= 2155);\nCREATE TABLE film (id int PRIMARY KEY, release_year year);');
    expect(columnOf(schema, 'film', 'release_year').type).toMatchObject({ kind: 'domain', name: 'year', base: { kind: 'int', bits: 32 } });
  });

  it('reads a domain named like its own base type as a domain over the built-in (it recursed until the stack overflowed)', () => {
    const { schema } = pg("CREATE DOMAIN app.timestamp AS pg_catalog.timestamp CHECK (VALUE > '2000-01-01');\nCREATE DOMAIN text AS text CHECK (length(VALUE) < 50);\nCREATE TABLE ev (id int PRIMARY KEY, at app.timestamp NOT NULL, s text);");
    expect(columnOf(schema, 'ev', 'at').type).toMatchObject({ kind: 'domain', name: 'timestamp', base: { kind: 'timestamp' } });
    expect(columnOf(schema, 'ev', 's').type).toMatchObject({ kind: 'domain', name: 'text', base: { kind: 'string' } });
  });

  it('refuses composite types, EXCLUDE constraints and renames with DDL_UNSUPPORTED', () => {
    expect(() => pg('CREATE TYPE pair AS (a int, b int); CREATE TABLE t (p pair);')).toThrow(/has type pair/);
    expect(() => pg('CREATE TABLE t (a int, EXCLUDE USING gist (a WITH =));')).toThrow(/EXCLUDE/);
    expect(() => pg('CREATE TABLE t (a int); ALTER TABLE t RENAME COLUMN a TO b;')).toThrow(/renaming/);
  });
});
