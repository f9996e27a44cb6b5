import { beforeAll, describe, expect, it } from 'vitest';
import { generate, unenforcedChecks } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import { loadOrder, type Dialect, type Expr, type Schema } from '../schema/index.js';
import { formatValue, renderCreateTables } from '../sinks/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows } from '../validation/index.js';

const DAY = 86_400_000;
const SHIFTS = `CREATE TABLE appointments (
  id int PRIMARY KEY,
  starts_at timestamp NOT NULL,
  CHECK (EXTRACT(DOW FROM starts_at) BETWEEN 1 AND 5),
  CHECK (EXTRACT(HOUR FROM starts_at) BETWEEN 9 AND 16)
);`;

const firstCheck = (ddl: string, dialect: Dialect): Expr => parseSchema(ddl, { dialect }).schema.tables[0]!.checks[0]!.expr;
const col = (name: string): Expr => ({ kind: 'column', name });
const lit = (value: string | number): Expr => ({ kind: 'literal', value });

function generated(schema: Schema, rows: number) {
  const data = generate(schema, planFor(schema, { rows, seed: 5 }));
  return data.tables.map((t) => {
    const values = [...t.batches()].flat();
    return { name: t.table.name, values, rows: () => values.map((r) => r.map((v, i) => (v === null ? null : String(formatValue(v, t.table.columns[i]!.type, 'postgres'))))) };
  });
}

describe('EXTRACT(field FROM x) reads as date_part(field, x) in both parsers', () => {
  beforeAll(async () => { await loadParsers(); });

  it('PostgreSQL: EXTRACT(DOW …) and date_part(\'hour\', …); a field it does not evaluate stays raw', () => {
    expect(firstCheck('CREATE TABLE t (a timestamp CHECK (EXTRACT(DOW FROM a) < 6));', 'postgres')).toEqual({
      kind: 'binary', op: '<', left: { kind: 'call', name: 'date_part', args: [lit('dow'), col('a')] }, right: lit(6),
    });
    expect(firstCheck("CREATE TABLE t (a timestamp CHECK (date_part('hour', a) < 17));", 'postgres')).toMatchObject({ left: { kind: 'call', name: 'date_part' } });
    expect(firstCheck('CREATE TABLE t (a timestamptz CHECK (EXTRACT(TIMEZONE_HOUR FROM a) = 0));', 'postgres')).toMatchObject({ kind: 'raw', sql: 'EXTRACT(TIMEZONE_HOUR FROM a) = 0' });
  });

  it('MySQL: EXTRACT(HOUR …) is date_part, SECOND is MySQL\'s whole SECOND(), WEEK (not ISO\'s) stays raw', () => {
    expect(firstCheck('CREATE TABLE t (a datetime, CHECK (EXTRACT(HOUR FROM a) < 17));', 'mysql')).toEqual({
      kind: 'binary', op: '<', left: { kind: 'call', name: 'date_part', args: [lit('hour'), col('a')] }, right: lit(17),
    });
    expect(firstCheck('CREATE TABLE t (a datetime, CHECK (EXTRACT(SECOND FROM a) = 0));', 'mysql')).toMatchObject({ left: { kind: 'call', name: 'second', args: [col('a')] } });
    expect(firstCheck('CREATE TABLE t (a datetime, CHECK (EXTRACT(WEEK FROM a) > 1));', 'mysql')).toMatchObject({ kind: 'raw' });
  });
});

describe('CHECKs on the day of the week and the hour of a timestamp', () => {
  let schema: Schema;
  let tables: ReturnType<typeof generated>;
  beforeAll(async () => {
    await loadParsers();
    schema = parseSchema(SHIFTS, { dialect: 'postgres' }).schema;
    tables = generated(schema, 2000);
  });

  it('the generator checks them (no "not checked by the generator" warning)', () => {
    expect(unenforcedChecks(schema)).toEqual([]);
  });

  it('2,000 rows fall on weekdays from 09:00 to 16:59, with 0 violations', () => {
    const starts = tables[0]!.values.map((r) => r[1] as number);
    expect(starts).toHaveLength(2000);
    expect(starts.every((ms) => { const dow = (Math.floor(ms / DAY) + 4) % 7; return dow >= 1 && dow <= 5; })).toBe(true);
    const hours = new Set(starts.map((ms) => Math.floor((ms % DAY) / 3_600_000)));
    expect([...hours].every((h) => h >= 9 && h <= 16) && hours.size >= 6).toBe(true);
    expect(validateRows(schema, { target: 'postgres', tables }).violationCount).toBe(0);
  });

  it('declares them in each dialect\'s SQL', () => {
    const checks = (target: 'postgres' | 'mysql' | 'sqlite' | 'mssql'): string[] => renderCreateTables(schema, loadOrder(schema), target).split('\n').filter((l) => l.includes('CHECK'));
    expect(checks('postgres').join('\n')).toContain('CHECK (EXTRACT(DOW FROM "starts_at") BETWEEN 1 AND 5)');
    expect(checks('mysql').join('\n')).toContain('CHECK ((DAYOFWEEK(`starts_at`) - 1) BETWEEN 1 AND 5)');
    expect(checks('mysql').join('\n')).toContain('CHECK (EXTRACT(HOUR FROM `starts_at`) BETWEEN 9 AND 16)');
    expect(checks('sqlite').join('\n')).toContain(`CHECK (CAST(strftime('%H', "starts_at") AS INTEGER) BETWEEN 9 AND 16)`);
    expect(checks('mssql').join('\n')).toContain('CHECK ((DATEPART(weekday, [starts_at]) - 1) BETWEEN 1 AND 5)');
  });
});
