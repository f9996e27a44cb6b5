import { describe, expect, it } from 'vitest';
import { isRowforgeError } from '../../../errors/index.js';
import { columnOf, tableOf } from '../../__fixtures__/schema-lookup.js';
import { loadParsers } from '../../load-parsers.js';
import { parseSchema } from '../../parse-schema.js';

await loadParsers();

const pg = (sql: string) => parseSchema(sql, { dialect: 'postgres', file: 'in.sql' });
const PAYMENT = 'CREATE TABLE customer (customer_id int PRIMARY KEY);\n'
  + 'CREATE TABLE payment (payment_id integer NOT NULL, customer_id int NOT NULL, amount numeric(5,2) NOT NULL, payment_date timestamptz NOT NULL) PARTITION BY RANGE (payment_date);\n'
  + 'CREATE TABLE payment_p2022_01 (payment_id integer NOT NULL, customer_id int NOT NULL, amount numeric(5,2) NOT NULL, payment_date timestamptz NOT NULL);\n';

describe('ALTER TABLE ... ATTACH PARTITION (pg_dump of pagila)', () => {
  it('skips the attached table like a PARTITION OF table; later statements on it are skipped too', () => {
    const { schema, warnings } = pg(`${PAYMENT}ALTER TABLE ONLY public.payment ATTACH PARTITION public.payment_p2022_01 FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00');\n`
      + 'ALTER TABLE ONLY payment ADD CONSTRAINT payment_pkey PRIMARY KEY (payment_date, payment_id);\n'
      + 'ALTER TABLE ONLY payment_p2022_01 ADD CONSTRAINT payment_p2022_01_pkey PRIMARY KEY (payment_date, payment_id);\n'
      + 'CREATE INDEX idx_p ON payment_p2022_01 (customer_id);\n'
      + 'ALTER TABLE payment ADD CONSTRAINT payment_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer(customer_id);');
    expect(schema.tables.map((t) => t.name)).toEqual(['customer', 'payment']);
    expect(tableOf(schema, 'payment').primaryKey).toEqual({ name: 'payment_pkey', columns: ['payment_date', 'payment_id'] });
    expect(tableOf(schema, 'payment').foreignKeys.map((f) => f.refTable)).toEqual(['customer']);
    expect(columnOf(schema, 'payment', 'amount').type).toEqual({ kind: 'decimal', precision: 5, scale: 2 });
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '4:1 skipped partition "payment_p2022_01": rows are generated for its parent table',
      '6:1 skipped ALTER TABLE "payment_p2022_01": "payment_p2022_01" is a view or partition, not a table Rowforge generates',
      '7:1 skipped index "idx_p": "payment_p2022_01" is a view or partition, not a table Rowforge generates; it is not created in the output',
      '2:143 rows of "payment" are kept within its partitions\' bounds: CHECK payment_partition_bounds ("payment_date" >= \'2022-01-01 00:00:00+00\' AND "payment_date" < \'2022-02-01 00:00:00+00\')',
    ]);
  });

  it('is the same warning as PARTITION OF', () => {
    const attach = pg(`${PAYMENT}ALTER TABLE payment ATTACH PARTITION payment_p2022_01 DEFAULT;`).warnings[0]?.message;
    const partitionOf = pg(`${PAYMENT.split('\n').slice(0, 2).join('\n')}\nCREATE TABLE payment_p2022_01 PARTITION OF payment DEFAULT;`).warnings[0]?.message;
    expect(attach).toBe(partitionOf);
  });

  it('still refuses ALTER TABLE on a table never created, naming line:column', () => {
    try {
      pg(`${PAYMENT}ALTER TABLE ONLY payment ATTACH PARTITION payment_p2022_01 DEFAULT;\nALTER TABLE ONLY nowhere ADD COLUMN x int;`);
    } catch (e) {
      if (!isRowforgeError(e)) throw e;
      expect([e.code, e.details.position]).toEqual(['SCHEMA_INVALID', { file: 'in.sql', line: 5, column: 18 }]);
      return;
    }
    throw new Error('expected parseSchema to throw');
  });
});
