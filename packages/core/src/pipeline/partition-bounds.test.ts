import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { generateToDirectory } from './generate-to-directory.js';
import { columnValues } from './testing/column-values.js';

/** The user's own partitioned tables: rows must fall inside a partition to load. */
const MEASUREMENTS = `CREATE TABLE measurements (id bigint NOT NULL, logdate date NOT NULL, region text NOT NULL, PRIMARY KEY (id, logdate)) PARTITION BY RANGE (logdate);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');`;
const SALES = `CREATE TABLE sales (id bigint NOT NULL, region text, amount numeric(10,2), PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE sales_ns PARTITION OF sales FOR VALUES IN ('north', 'south');
CREATE TABLE sales_e PARTITION OF sales FOR VALUES IN ('east');`;
const READINGS = `CREATE TABLE readings (id int NOT NULL, sensor int, at timestamptz NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE readings_q1 (id int NOT NULL, sensor int, at timestamptz NOT NULL);
ALTER TABLE ONLY readings ATTACH PARTITION readings_q1 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-04-01 00:00:00+00');
CREATE TABLE readings_rest PARTITION OF readings FOR VALUES FROM ('2024-04-01 00:00:00+00') TO (MAXVALUE);`;
const EVENTS = `CREATE TABLE events (id bigint NOT NULL, kind text, PRIMARY KEY (id, kind)) PARTITION BY LIST (kind);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_other PARTITION OF events DEFAULT;`;
const DDL = [MEASUREMENTS, SALES, READINGS, EVENTS].join('\n');

const SCHEMA = `rf_partition_bounds_${process.pid}`;
const connect = async (): Promise<pg.Client> => {
  const c = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' });
  await c.connect();
  return c;
};

let root: string;
beforeAll(async () => { await loadParsers(); root = mkdtempSync(join(tmpdir(), 'rowforge-partitions-')); });
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

describe('PostgreSQL partition bounds keep the parent\'s rows inside its partitions', () => {
  it('rows load into the user\'s own partitioned tables (--sql-data-only) with no error', async () => {
    const { schema } = parseSchema(DDL, { dialect: 'postgres' });
    const dir = join(root, 'data-only');
    const { validation } = await generateToDirectory({ schema, plan: planFor(schema, { rows: 300, seed: 7 }), dir, format: 'sql', target: 'postgres', sqlDataOnly: true });
    expect(validation?.violationCount).toBe(0);
    const client = await connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; CREATE SCHEMA ${SCHEMA}; SET search_path = ${SCHEMA};`);
      await client.query(DDL);
      await client.query(readFileSync(join(dir, 'data.sql'), 'utf8'));
      const counts = await client.query<{ t: string; n: string }>(
        'SELECT tableoid::regclass::text AS t, count(*) AS n FROM measurements GROUP BY 1 UNION ALL SELECT tableoid::regclass::text, count(*) FROM sales GROUP BY 1 '
        + 'UNION ALL SELECT tableoid::regclass::text, count(*) FROM readings GROUP BY 1 UNION ALL SELECT tableoid::regclass::text, count(*) FROM events GROUP BY 1 ORDER BY 1');
      const rows = new Map(counts.rows.map((r) => [r.t, Number(r.n)]));
      const total = (prefix: string): number => [...rows].filter(([t]) => t.startsWith(prefix)).reduce((s, [, n]) => s + n, 0);
      expect([total('measurements_'), total('sales_'), total('readings_'), total('events_')]).toEqual([300, 300, 300, 300]);
      expect(rows.get('sales_e')).toBeGreaterThan(0);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
      await client.end();
    }
  });

  it('a LIST parent without a NULL partition gets no NULL key; a DEFAULT partition leaves its parent unconstrained', async () => {
    const { schema } = parseSchema(DDL, { dialect: 'postgres' });
    const { data } = await generateToDirectory({ schema, plan: planFor(schema, { rows: 300, seed: 7 }), dir: join(root, 'values'), format: 'csv', target: 'postgres' });
    expect(new Set(columnValues(data, 'sales', 'region'))).toEqual(new Set(['north', 'south', 'east']));
    expect(schema.tables.find((t) => t.name === 'events')?.checks).toEqual([]);
    expect(columnValues(data, 'events', 'kind').some((k) => k !== 'a')).toBe(true);
    const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const days = columnValues(data, 'measurements', 'logdate').map(Number);
    expect(days.every((d) => d >= day('2025-01-01') && d < day('2027-01-01'))).toBe(true);
    const since2024 = Date.parse('2024-01-01T00:00:00Z');
    expect(columnValues(data, 'readings', 'at').every((t) => typeof t === 'number' && t >= since2024)).toBe(true);
  });
});
