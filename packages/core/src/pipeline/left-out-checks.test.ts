import { beforeAll, describe, expect, it } from 'vitest';
import { leftOutChecks } from '../sinks/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const DDL = `CREATE DOMAIN code3 AS text CHECK (VALUE ~ '^[A-Z]{3}$');
CREATE TABLE q (
  id int PRIMARY KEY,
  d date CHECK (d <= CURRENT_DATE),
  sku text CHECK (sku ~ '^[A-Z]{2}[0-9]{4}$'),
  c code3,
  n int CHECK (n > 0)
);`;

describe('leftOutChecks', () => {
  beforeAll(async () => { await loadParsers(); });

  it('lists what each target cannot declare: clock CHECKs on MySQL, regular expressions on SQLite and SQL Server', () => {
    const schema = parseSchema(DDL, { dialect: 'postgres' }).schema;
    expect(leftOutChecks(schema, 'postgres')).toEqual([]);
    expect(leftOutChecks(schema, 'mysql').map((c) => c.check)).toEqual(['CHECK (d <= CURRENT_DATE)']);
    const sqlite = leftOutChecks(schema, 'sqlite');
    expect(sqlite.map((c) => c.check)).toEqual(["CHECK (sku ~ '^[A-Z]{2}[0-9]{4}$')", "c: domain code3 CHECK (VALUE ~ '^[A-Z]{3}$')"]);
    expect(sqlite.every((c) => c.table === 'q' && c.why.includes('regular expression'))).toBe(true);
  });
});
