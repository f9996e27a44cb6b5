import { describe, expect, it } from 'vitest';
import { isRowforgeError, type RowforgeError } from '../../../errors/index.js';
import { tableOf } from '../../__fixtures__/schema-lookup.js';
import { loadParsers } from '../../load-parsers.js';
import { parseSchema } from '../../parse-schema.js';

await loadParsers();

const ACCOUNT = 'CREATE TABLE account (id serial PRIMARY KEY, code varchar(12) NOT NULL, email varchar(255), status text);\n';
const pg = (sql: string) => parseSchema(ACCOUNT + sql, { dialect: 'postgres', file: 'in.sql' });
const uniques = (sql: string) => tableOf(pg(sql).schema, 'account').uniques;
const warned = (sql: string) => pg(sql).warnings.map((w) => `${w.line}:${w.column} ${w.message}`);

function failure(sql: string): RowforgeError {
  try {
    pg(sql);
  } catch (e) {
    if (isRowforgeError(e)) return e;
    throw e;
  }
  throw new Error('expected parseSchema to throw');
}

describe('PostgreSQL CREATE UNIQUE INDEX', () => {
  it('on plain columns becomes a UNIQUE constraint named after the index, without a warning', () => {
    const sql = 'CREATE UNIQUE INDEX account_code ON public.account USING btree (code);\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS account_pair ON ONLY account (code DESC NULLS LAST, "status") INCLUDE (email);';
    expect(uniques(sql)).toEqual([{ name: 'account_code', columns: ['code'] }, { name: 'account_pair', columns: ['code', 'status'] }]);
    expect(pg(sql).warnings).toEqual([]);
  });

  it('without a name becomes an unnamed UNIQUE; one repeating an existing key adds nothing', () => {
    expect(uniques('CREATE UNIQUE INDEX ON account (status, code);')).toEqual([{ columns: ['status', 'code'] }]);
    expect(uniques('CREATE UNIQUE INDEX a ON account (code);\nCREATE UNIQUE INDEX b ON account (code);\nCREATE UNIQUE INDEX c ON account (id);')).toEqual([{ name: 'a', columns: ['code'] }]);
  });

  it('partial (WHERE ...): skipped, with a warning at the statement that it is not enforced', () => {
    const sql = "CREATE UNIQUE INDEX account_open ON account (code, status) WHERE status = 'open';";
    expect(uniques(sql)).toEqual([]);
    expect(warned(sql)).toEqual(['2:1 skipped CREATE UNIQUE INDEX "account_open": its WHERE clause makes it unique over some rows only, which the generator does not model, so this uniqueness is not enforced']);
    expect(pg(sql).warnings[0]?.statement).toBe('CREATE UNIQUE INDEX account_open ON account (code, status...');
  });

  it('WHERE col IS NOT NULL over exactly its columns: a UNIQUE (which admits many NULLs anyway), without a warning', () => {
    const sql = 'CREATE UNIQUE INDEX account_email ON account (lower(email)) WHERE email IS NOT NULL;\nCREATE UNIQUE INDEX account_pair ON account (code, status) WHERE (status IS NOT NULL AND code IS NOT NULL);\n'
      + 'CREATE UNIQUE INDEX account_null ON account (status) WHERE status IS NULL;\nCREATE UNIQUE INDEX account_half ON account (code, status) WHERE code IS NOT NULL;';
    expect(uniques(sql)).toEqual([{ name: 'account_email', columns: ['email'] }, { name: 'account_pair', columns: ['code', 'status'] }]);
    expect(warned(sql).map((w) => w.split(': ')[0])).toEqual([
      '2:1 CREATE UNIQUE INDEX "account_email" is read as UNIQUE (email) on "account"',
      '4:1 skipped CREATE UNIQUE INDEX "account_null"', '5:1 skipped CREATE UNIQUE INDEX "account_half"',
    ]);
  });

  it('on lower(col), upper(col), pg_dump\'s lower((col)::text) and col::citext: unique on the column, with a warning', () => {
    const sql = 'CREATE UNIQUE INDEX e ON account (lower(email));\nCREATE UNIQUE INDEX c ON account USING btree (upper((code)::text), (status::citext));\nCREATE UNIQUE INDEX d ON account (pg_catalog.lower((email)::text));';
    expect(uniques(sql)).toEqual([{ name: 'e', columns: ['email'] }, { name: 'c', columns: ['code', 'status'] }]);
    expect(warned(sql)).toEqual([
      '2:1 CREATE UNIQUE INDEX "e" is read as UNIQUE (email) on "account": it compares lower(email) as email; generated values are distinct exactly, not guaranteed distinct ignoring letter case',
      '3:1 CREATE UNIQUE INDEX "c" is read as UNIQUE (code, status) on "account": it compares upper((code)::text) as code, (status::citext) as status; generated values are distinct exactly, not guaranteed distinct ignoring letter case',
      '4:1 CREATE UNIQUE INDEX "d" is read as UNIQUE (email) on "account": it compares pg_catalog.lower((email)::text) as email; generated values are distinct exactly, not guaranteed distinct ignoring letter case',
    ]);
  });

  it('on another expression is skipped, saying the uniqueness is not enforced', () => {
    const sql = "CREATE UNIQUE INDEX y ON account (code, (code || status));\nCREATE UNIQUE INDEX z ON account (date_trunc('day', now()), lower(email || 'x'));";
    expect(uniques(sql)).toEqual([]);
    expect(warned(sql)).toEqual([
      '2:1 skipped CREATE UNIQUE INDEX "y": its key part (code || status) is not a plain column, so this uniqueness is not enforced by the generator',
      "3:1 skipped CREATE UNIQUE INDEX \"z\": its key part date_trunc('day', now()) is not a plain column, so this uniqueness is not enforced by the generator",
    ]);
  });

  it('reads a non-unique CREATE INDEX as a secondary index, not a UNIQUE, without a warning', () => {
    expect(uniques('CREATE INDEX account_status ON account (status);')).toEqual([]);
    expect(tableOf(pg('CREATE INDEX account_status ON account (status);').schema, 'account').indexes).toEqual([{ name: 'account_status', columns: ['status'] }]);
    expect(warned('CREATE INDEX account_status ON account (status);')).toEqual([]);
  });

  it('on a materialized view or a partition is skipped with a warning', () => {
    const sql = 'CREATE MATERIALIZED VIEW public.account_codes AS SELECT code FROM account WITH NO DATA;\nCREATE UNIQUE INDEX account_codes_code ON public.account_codes (code);\n'
      + 'CREATE TABLE ev (id int, at date) PARTITION BY RANGE (at);\nCREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM (\'2024-01-01\') TO (\'2025-01-01\');\nCREATE UNIQUE INDEX ev_2024_id ON ev_2024 (id, at);';
    const { schema, warnings } = pg(sql);
    expect(schema.tables.map((t) => [t.name, t.uniques])).toEqual([['account', []], ['ev', []]]);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '2:1 skipped CREATE VIEW: it does not shape the generated data',
      '3:1 skipped CREATE UNIQUE INDEX "account_codes_code": "account_codes" is a view or partition, not a table Rowforge generates',
      '5:1 skipped partition "ev_2024": rows are generated for its parent table',
      '6:1 skipped CREATE UNIQUE INDEX "ev_2024_id": "ev_2024" is a view or partition, not a table Rowforge generates',
      '4:35 rows of "ev" are kept within its partitions\' bounds: CHECK ev_partition_bounds ("at" >= \'2024-01-01\' AND "at" < \'2025-01-01\')',
    ]);
  });

  it('on a table the script never creates is SCHEMA_INVALID at the table name, like ALTER TABLE', () => {
    const e = failure('CREATE UNIQUE INDEX ux ON ledger (ref);');
    expect(e.code).toBe('SCHEMA_INVALID');
    expect(e.message).toBe('table "ledger" is indexed but never created in this script');
    expect(e.details.position).toEqual({ file: 'in.sql', line: 2, column: 27 });
  });

  it('on an unknown column is SCHEMA_UNKNOWN_COLUMN at that column', () => {
    const e = failure('CREATE UNIQUE INDEX ux ON account (code, lower(nickname));');
    expect(e.code).toBe('SCHEMA_UNKNOWN_COLUMN');
    expect(e.details.position).toEqual({ file: 'in.sql', line: 2, column: 42 });
  });
});
