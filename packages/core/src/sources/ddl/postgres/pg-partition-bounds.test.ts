import { describe, expect, it } from 'vitest';
import { columnOf, tableOf } from '../../__fixtures__/schema-lookup.js';
import { loadParsers } from '../../load-parsers.js';
import { parseSchema } from '../../parse-schema.js';

await loadParsers();

const pg = (sql: string) => parseSchema(sql, { dialect: 'postgres', file: 'in.sql' });
const checksOf = (sql: string, table = 'm') => tableOf(pg(sql).schema, table).checks;
/** Warnings other than the per-partition "skipped partition" ones. */
const boundsWarnings = (sql: string) => pg(sql).warnings.filter((w) => !w.message.startsWith('skipped partition')).map((w) => `${w.line}:${w.column} ${w.message}`);
const M = 'CREATE TABLE m (id int NOT NULL, d date, n int, k text, t timestamptz)';
const NOT_APPLIED = 'its rows may fall outside every partition and fail to load into the partitioned table';

describe('PostgreSQL partition bounds become a CHECK on the parent', () => {
  it('RANGE partitions meeting end to start: one range, the key NOT NULL, said in a warning', () => {
    const sql = `${M} PARTITION BY RANGE (d);\nCREATE TABLE m1 PARTITION OF m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n`
      + "CREATE TABLE m0 PARTITION OF m FOR VALUES FROM ('2025-01-01'::date) TO ('2026-01-01 00:00');";
    const { schema, warnings } = pg(sql);
    expect(tableOf(schema, 'm').checks).toEqual([{
      name: 'm_partition_bounds',
      sql: `"d" >= '2025-01-01' AND "d" < '2027-01-01'`,
      expr: { kind: 'binary', op: 'and',
        left: { kind: 'binary', op: '>=', left: { kind: 'column', name: 'd' }, right: { kind: 'literal', value: '2025-01-01' } },
        right: { kind: 'binary', op: '<', left: { kind: 'column', name: 'd' }, right: { kind: 'literal', value: '2027-01-01' } } },
    }]);
    expect(columnOf(schema, 'm', 'd').nullable).toBe(false);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '2:1 skipped partition "m1": rows are generated for its parent table',
      '3:1 skipped partition "m0": rows are generated for its parent table',
      `1:72 rows of "m" are kept within its partitions' bounds: CHECK m_partition_bounds ("d" >= '2025-01-01' AND "d" < '2027-01-01')`,
    ]);
  });

  it('MINVALUE / MAXVALUE leave that side open; both open is no CHECK', () => {
    const sql = `${M} PARTITION BY RANGE (n);\nCREATE TABLE a PARTITION OF m FOR VALUES FROM (MINVALUE) TO (-5);\nCREATE TABLE b PARTITION OF m FOR VALUES FROM (-5) TO (100);`;
    expect(checksOf(sql).map((c) => c.sql)).toEqual(['"n" < 100']);
    expect(checksOf(`${sql}\nCREATE TABLE c PARTITION OF m FOR VALUES FROM (100) TO (MAXVALUE);`)).toEqual([]);
  });

  it('ATTACH PARTITION (pg_dump) bounds count like PARTITION OF', () => {
    const sql = `${M} PARTITION BY RANGE (t);\nCREATE TABLE m1 (id int NOT NULL, d date, n int, k text, t timestamptz);\n`
      + "ALTER TABLE ONLY m ATTACH PARTITION m1 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');\n"
      + "CREATE TABLE m2 PARTITION OF m FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');";
    expect(pg(sql).schema.tables.map((t) => t.name)).toEqual(['m']);
    expect(checksOf(sql).map((c) => c.sql)).toEqual([`"t" >= '2024-01-01 00:00:00+00' AND "t" < '2024-03-01 00:00:00+00'`]);
  });

  it('timestamps with different offsets meet at the same instant', () => {
    const sql = `${M} PARTITION BY RANGE (t);\nCREATE TABLE a PARTITION OF m FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-01-01 05:30:00+0530');\n`
      + "CREATE TABLE b PARTITION OF m FOR VALUES FROM ('2024-01-01T00:00:00Z') TO ('2024-02-01');";
    expect(checksOf(sql).map((c) => c.sql)).toEqual([`"t" >= '2024-01-01 00:00:00+00' AND "t" < '2024-02-01'`]);
  });

  it('LIST: the union of the lists; a NULL in a list keeps the key nullable', () => {
    const sql = `${M} PARTITION BY LIST (k);\nCREATE TABLE a PARTITION OF m FOR VALUES IN ('north', 'south');\nCREATE TABLE b PARTITION OF m FOR VALUES IN ('east', 'north');`;
    expect(checksOf(sql)).toEqual([{ name: 'm_partition_bounds', sql: `"k" IN ('north', 'south', 'east')`,
      expr: { kind: 'in', operand: { kind: 'column', name: 'k' }, values: ['north', 'south', 'east'].map((value) => ({ kind: 'literal', value })), negated: false } }]);
    expect(columnOf(pg(sql).schema, 'm', 'k').nullable).toBe(false);
    const withNull = `${sql}\nCREATE TABLE c PARTITION OF m FOR VALUES IN (NULL);`;
    expect(checksOf(withNull).map((c) => c.sql)).toEqual([`"k" IN ('north', 'south', 'east')`]);
    expect(columnOf(pg(withNull).schema, 'm', 'k').nullable).toBe(true);
  });

  it('a DEFAULT partition takes every row: no CHECK and no bounds warning', () => {
    const sql = `${M} PARTITION BY LIST (k);\nCREATE TABLE a PARTITION OF m FOR VALUES IN ('a');\nCREATE TABLE z PARTITION OF m DEFAULT;`;
    expect(checksOf(sql)).toEqual([]);
    expect(columnOf(pg(sql).schema, 'm', 'k').nullable).toBe(true);
    expect(boundsWarnings(sql)).toEqual([]);
  });

  it('HASH: no CHECK; a remainder no partition takes is a warning', () => {
    const hash = (r: number) => `CREATE TABLE h${r} PARTITION OF m FOR VALUES WITH (MODULUS 3, REMAINDER ${r});`;
    const sql = `${M} PARTITION BY HASH (id);\n${hash(0)}\n${hash(2)}`;
    expect(checksOf(`${sql}\n${hash(1)}`)).toEqual([]);
    expect(boundsWarnings(`${sql}\n${hash(1)}`)).toEqual([]);
    expect(boundsWarnings(sql)).toEqual([`1:72 partition bounds of "m" are not applied (no hash partition takes remainder 1 of modulus 3): ${NOT_APPLIED}`]);
  });

  it('ranges with a gap: the run of most partitions, with a warning naming it', () => {
    const part = (name: string, lo: number, hi: number) => `CREATE TABLE ${name} PARTITION OF m FOR VALUES FROM (${lo}) TO (${hi});`;
    const sql = `${M} PARTITION BY RANGE (n);\n${part('p1', 0, 10)}\n${part('p3', 50, 60)}\n${part('p4', 60, 70)}\n${part('p2', 10, 20)}\n${part('p5', 70, 80)}`;
    expect(checksOf(sql).map((c) => c.sql)).toEqual(['"n" >= 50 AND "n" < 80']);
    expect(boundsWarnings(sql)).toEqual(['1:72 rows of "m" are kept within its partitions\' bounds (their ranges leave gaps: only the longest contiguous run, '
      + '3 of 5 partitions, from "p3" to "p5", is used): CHECK m_partition_bounds ("n" >= 50 AND "n" < 80)']);
  });

  it('multi-column RANGE keys, expression keys and non-constant bounds are not applied, with line:column', () => {
    const two = `${M} PARTITION BY RANGE (n, d);\nCREATE TABLE a PARTITION OF m FOR VALUES FROM (1, MINVALUE) TO (2, MINVALUE);`;
    expect(checksOf(two)).toEqual([]);
    expect(boundsWarnings(two)).toEqual([`1:72 partition bounds of "m" are not applied (the partition key has 2 columns; only one-column keys are applied): ${NOT_APPLIED}`]);
    const expr = `${M} PARTITION BY LIST (lower(k));\nCREATE TABLE a PARTITION OF m FOR VALUES IN ('a');`;
    expect(boundsWarnings(expr)).toEqual([`1:72 partition bounds of "m" are not applied (the partition key is an expression): ${NOT_APPLIED}`]);
    const call = `${M} PARTITION BY RANGE (n);\nCREATE TABLE a PARTITION OF m FOR VALUES FROM (0) TO (10);\nCREATE TABLE b PARTITION OF m FOR VALUES FROM (10) TO (abs(-20));`;
    expect(checksOf(call)).toEqual([]);
    expect(boundsWarnings(call)).toEqual([`3:1 partition bounds of "m" are not applied (the bound of "b" is not a constant): ${NOT_APPLIED}`]);
  });

  it('a partition that is itself partitioned: its own bounds apply to the parent, its sub-partitions\' do not', () => {
    const sql = `${M} PARTITION BY RANGE (n);\nCREATE TABLE a PARTITION OF m FOR VALUES FROM (0) TO (10) PARTITION BY LIST (k);\n`
      + "CREATE TABLE a1 PARTITION OF a FOR VALUES IN ('x');";
    expect(checksOf(sql).map((c) => c.sql)).toEqual(['"n" >= 0 AND "n" < 10']);
    expect(boundsWarnings(sql)).toEqual([
      '1:72 rows of "m" are kept within its partitions\' bounds: CHECK m_partition_bounds ("n" >= 0 AND "n" < 10)',
      `2:59 partition bounds of "a" are not applied ("a" is itself a partition; bounds of sub-partitions are not applied): ${NOT_APPLIED}`,
    ]);
  });

  it('pg_dump sub-partitioning: a table attached to a partition is skipped too, and said not applied', () => {
    const sql = `${M} PARTITION BY RANGE (n);\nCREATE TABLE a (id int NOT NULL, d date, n int, k text, t timestamptz) PARTITION BY LIST (k);\n`
      + 'CREATE TABLE a1 (id int NOT NULL, d date, n int, k text, t timestamptz);\n'
      + 'ALTER TABLE ONLY m ATTACH PARTITION a FOR VALUES FROM (0) TO (10);\n'
      + "ALTER TABLE ONLY a ATTACH PARTITION a1 FOR VALUES IN ('x');";
    const { schema, warnings } = pg(sql);
    expect(schema.tables.map((t) => t.name)).toEqual(['m']);
    expect(tableOf(schema, 'm').checks.map((c) => c.sql)).toEqual(['"n" >= 0 AND "n" < 10']);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '4:1 skipped partition "a": rows are generated for its parent table',
      '5:1 skipped partition "a1": rows are generated for its parent table',
      '1:72 rows of "m" are kept within its partitions\' bounds: CHECK m_partition_bounds ("n" >= 0 AND "n" < 10)',
      `2:72 partition bounds of "a" are not applied ("a" is itself a partition; bounds of sub-partitions are not applied): ${NOT_APPLIED}`,
    ]);
  });

  it('does not reuse the name of a CHECK the script declares', () => {
    const sql = 'CREATE TABLE m (n int, CONSTRAINT m_partition_bounds CHECK (n <> 5)) PARTITION BY LIST (n);\nCREATE TABLE a PARTITION OF m FOR VALUES IN (1, 2);';
    expect(checksOf(sql).map((c) => c.name)).toEqual(['m_partition_bounds', 'm_partition_bounds_2']);
  });
});
