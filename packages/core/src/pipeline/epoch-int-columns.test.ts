import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { ColumnSpecSchema, planFor, validatePlan, type Plan } from '../plan/index.js';
import type { Dialect, Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { generateToDirectory } from './generate-to-directory.js';
import { columnValues } from './testing/column-values.js';

const SQLITE = `CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  created_at INTEGER NOT NULL DEFAULT (unixepoch()) CHECK (created_at > 0),
  updated_at INTEGER DEFAULT (strftime('%s','now')),
  deleted_at INTEGER,
  expires_ts BIGINT,
  last_seen_ms BIGINT,
  stamp BIGINT DEFAULT (unixepoch() * 1000),
  time_spent INTEGER, response_time_ms INTEGER, timeout INTEGER, times_viewed INTEGER, at_bats INTEGER,
  checked_ts BIGINT, verified_ts BIGINT,
  CHECK (verified_ts > checked_ts),
  CHECK (updated_at >= created_at),
  CHECK (deleted_at IS NULL OR deleted_at >= created_at)
);`;
const ROWS = 2000;
const REF = '2026-01-01';
const SEC = Date.UTC(2026, 0, 1) / 1000;
const DAY = 86_400;

let root: string;
beforeAll(async () => { await loadParsers(); root = mkdtempSync(join(tmpdir(), 'rowforge-epoch-')); });
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

const schemaOf = (ddl: string, dialect: Dialect = 'sqlite') => parseSchema(ddl, { dialect }).schema;
const planOf = (ddl: string, dialect: Dialect = 'sqlite', referenceDate = REF): Plan => planFor(schemaOf(ddl, dialect), { rows: ROWS, referenceDate });
const numbers = (values: readonly Value[]): number[] => values.filter((v): v is number => typeof v === 'number');

function valuesOf(ddl: string, table: string, dialect: Dialect = 'sqlite', referenceDate = REF): (column: string) => Value[] {
  const schema = schemaOf(ddl, dialect);
  const data = generate(schema, planFor(schema, { rows: ROWS, referenceDate }));
  return (column) => columnValues(data, table, column);
}

describe('integer columns that hold Unix time', () => {
  it('plans instants as timestamps written in epoch seconds or milliseconds, pairs as timestamp pairs, spans as before', () => {
    const cols = planOf(SQLITE).tables['events']?.columns ?? {};
    expect(cols['created_at']).toEqual({ generator: 'timestamp', from: '2018-01-01', to: REF, unit: 'epochSeconds' });
    expect(cols['updated_at']).toMatchObject({ generator: 'after', column: 'created_at', minGap: 0, maxGap: 365, unit: 'epochSeconds' });
    expect(cols['deleted_at']).toMatchObject({ generator: 'after', column: 'created_at', unit: 'epochSeconds' });
    expect(cols['expires_ts']).toMatchObject({ generator: 'after', column: 'created_at', minGap: 365, maxGap: 1825, unit: 'epochSeconds' });
    expect(cols['last_seen_ms']).toMatchObject({ generator: 'timestamp', unit: 'epochMillis' });
    expect(cols['stamp']).toMatchObject({ generator: 'timestamp', unit: 'epochMillis' });
    for (const n of ['time_spent', 'response_time_ms', 'timeout', 'times_viewed', 'at_bats']) expect(cols[n]?.generator, n).toBe('int');
  });

  it('draws seconds within the window ending at the reference date, ordered after their earlier column', () => {
    const of = valuesOf(SQLITE, 'events');
    const created = numbers(of('created_at'));
    expect(created).toHaveLength(ROWS);
    expect(Math.min(...created)).toBeGreaterThanOrEqual(Date.UTC(2018, 0, 1) / 1000);
    expect(Math.max(...created)).toBeLessThan(SEC + DAY);
    expect(created.every(Number.isInteger)).toBe(true);
    const updated = of('updated_at');
    const deleted = of('deleted_at');
    created.forEach((c, i) => {
      const u = updated[i];
      const d = deleted[i];
      if (typeof u === 'number') { expect(u).toBeGreaterThanOrEqual(c); expect(u - c).toBeLessThanOrEqual(365 * DAY); }
      if (typeof d === 'number') expect(d).toBeGreaterThanOrEqual(c);
    });
    expect(new Set(created).size).toBeGreaterThan(ROWS * 0.99);
  });

  it('draws milliseconds to the millisecond for a BIGINT named or defaulted so', () => {
    const ms = numbers(valuesOf(SQLITE, 'events')('last_seen_ms'));
    expect(Math.min(...ms)).toBeGreaterThanOrEqual(Date.UTC(2021, 0, 1));
    expect(Math.max(...ms)).toBeLessThan((SEC + DAY) * 1000);
    expect(ms.filter((v) => v % 1000 !== 0).length).toBeGreaterThan(ms.length * 0.9);
  });

  it('keeps a 32-bit column within 2038 when the reference date is near it, its pair too', () => {
    const ddl = 'CREATE TABLE s (id INT PRIMARY KEY, created_at INT NOT NULL, expires_at INT NOT NULL, last_seen_ms INT NOT NULL);';
    const of = valuesOf(ddl, 's', 'mysql', '2037-06-01');
    for (const c of ['created_at', 'expires_at', 'last_seen_ms']) {
      const v = numbers(of(c));
      expect(v, c).toHaveLength(ROWS);
      expect(Math.max(...v), c).toBeLessThanOrEqual(2 ** 31 - 1);
      expect(Math.min(...v), c).toBeGreaterThan(Date.UTC(2020, 0, 1) / 1000);
    }
    const created = numbers(of('created_at'));
    numbers(of('expires_at')).forEach((e, i) => expect(e).toBeGreaterThanOrEqual(created[i] ?? Infinity));
  });

  it('reads MySQL UNIX_TIMESTAMP() and PostgreSQL extract(epoch …) DEFAULTs', () => {
    const my = planOf("CREATE TABLE t (id INT PRIMARY KEY, c INT UNSIGNED NOT NULL DEFAULT (UNIX_TIMESTAMP()), m BIGINT DEFAULT (UNIX_TIMESTAMP() * 1000), create_time INT(11) NOT NULL DEFAULT '0', update_time INT(11) NOT NULL DEFAULT '0');", 'mysql');
    expect(my.tables['t']?.columns['c']).toMatchObject({ generator: 'timestamp', unit: 'epochSeconds' });
    expect(my.tables['t']?.columns['create_time']).toMatchObject({ generator: 'timestamp', from: '2018-01-01', unit: 'epochSeconds' });
    expect(my.tables['t']?.columns['update_time']).toMatchObject({ generator: 'after', column: 'create_time', unit: 'epochSeconds' });
    expect(my.tables['t']?.columns['m']).toMatchObject({ generator: 'timestamp', unit: 'epochMillis' });
    const pg = planOf('CREATE TABLE t (id serial PRIMARY KEY, c bigint NOT NULL DEFAULT extract(epoch from now()));', 'postgres');
    expect(pg.tables['t']?.columns['c']).toMatchObject({ generator: 'timestamp', unit: 'epochSeconds' });
  });

  it('passes validation, CHECKs included, in SQL for SQLite', async () => {
    const schema = schemaOf(SQLITE);
    const plan = planFor(schema, { rows: ROWS, referenceDate: REF });
    const out = await generateToDirectory({ schema, plan, dir: join(root, 'sqlite'), format: 'sql', target: 'sqlite' });
    expect(out.validation?.ok, JSON.stringify(out.validation?.tables[0]?.violations)).toBe(true);
  });
});

describe('the epoch unit in a plan', () => {
  it('parses as before without it, and fits integer columns with it', () => {
    const old = ColumnSpecSchema.parse({ generator: 'timestamp', from: '2020-01-01', to: '2021-01-01' });
    expect(old).toEqual({ generator: 'timestamp', from: '2020-01-01', to: '2021-01-01' });
    expect(() => ColumnSpecSchema.parse({ generator: 'timestamp', from: '2020-01-01', to: '2021-01-01', unit: 'epochMinutes' })).toThrow();
    const schema = schemaOf('CREATE TABLE t (id INTEGER PRIMARY KEY, n BIGINT);');
    const plan = planFor(schema, { rows: 10 });
    const edited = { ...plan, tables: { t: { ...plan.tables['t'], columns: { ...plan.tables['t']?.columns, n: { generator: 'timestamp', from: '2020-01-01', to: '2020-01-01', unit: 'epochMillis' } } } } };
    const n = numbers(columnValues(generate(schema, validatePlan(schema, edited)), 't', 'n'));
    expect(n).toHaveLength(10);
    n.forEach((v) => { expect(v).toBeGreaterThanOrEqual(Date.UTC(2020, 0, 1)); expect(v).toBeLessThan(Date.UTC(2020, 0, 2)); });
    const withoutUnit = { ...edited, tables: { t: { ...edited.tables.t, columns: { ...edited.tables.t.columns, n: { generator: 'timestamp', from: '2020-01-01', to: '2020-01-01' } } } } };
    expect(() => validatePlan(schema, withoutUnit)).toThrow(/timestamp/);
  });

  it('keeps the unit when only a CHECK orders two instants (verified_ts > checked_ts: a gap in days, not seconds)', () => {
    const spec = planOf('CREATE TABLE checks (id INTEGER PRIMARY KEY, checked_ts INTEGER NOT NULL, verified_ts INTEGER NOT NULL, CHECK (verified_ts > checked_ts));').tables['checks']?.columns['verified_ts'];
    expect(spec).toMatchObject({ generator: 'after', column: 'checked_ts', unit: 'epochSeconds' });
  });
});

