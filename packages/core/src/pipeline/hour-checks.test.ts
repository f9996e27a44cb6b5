import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import type { Dialect } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

const DAY = 86_400_000;
const hourOf = (ms: number): number => Math.floor((ms % DAY) / 3_600_000);

/** The plan of `column` and the hours of its 500 generated values. */
function hoursOf(ddl: string, dialect: Dialect, table: string, column: string): { spec: unknown; hours: Set<number> } {
  const schema = parseSchema(ddl, { dialect }).schema;
  const plan = planFor(schema, { rows: 500 });
  const values = columnValues(generate(schema, plan), table, column).filter((v): v is number => typeof v === 'number');
  return { spec: plan.tables[table]?.columns[column], hours: new Set(values.map(hourOf)) };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('CHECKs on a timestamp\'s hour are read into its hours (the engine cannot evaluate them: the load failed)', () => {
  beforeAll(async () => { await loadParsers(); });

  it('EXTRACT(HOUR FROM …) BETWEEN narrows an appointment\'s office hours', () => {
    const ddl = 'CREATE TABLE meetings (id int PRIMARY KEY, starts_at timestamp NOT NULL CHECK (EXTRACT(HOUR FROM starts_at) BETWEEN 9 AND 16));';
    const { spec, hours } = hoursOf(ddl, 'postgres', 'meetings', 'starts_at');
    expect(spec).toMatchObject({ hours: range(9, 16), minuteStep: 15 });
    expect(hours).toEqual(new Set(range(9, 16)));
  });

  it('date_part(\'hour\', …) bounds give any other timestamp hours, to the second', () => {
    const ddl = "CREATE TABLE visits (id int PRIMARY KEY, seen_at timestamp NOT NULL CHECK (date_part('hour', seen_at) >= 7 AND date_part('hour', seen_at) < 19));";
    const { spec, hours } = hoursOf(ddl, 'postgres', 'visits', 'seen_at');
    expect(spec).toEqual({ generator: 'timestamp', from: '2021-01-01', to: '2026-01-01', hours: range(7, 18) });
    expect(hours).toEqual(new Set(range(7, 18)));
  });

  it('MySQL HOUR(…) and SQL Server DATEPART(hour, …); a CHECK outside the office hours wins over them', () => {
    expect(hoursOf('CREATE TABLE a (id int PRIMARY KEY, b datetime NOT NULL, CHECK (HOUR(b) BETWEEN 20 AND 22));', 'mysql', 'a', 'b').hours).toEqual(new Set([20, 21, 22]));
    expect(hoursOf('CREATE TABLE a (id int PRIMARY KEY, b datetime2 NOT NULL, CHECK (DATEPART(hour, b) >= 21));', 'mssql', 'a', 'b').hours).toEqual(new Set([21, 22, 23]));
    const evening = hoursOf('CREATE TABLE bookings (id int PRIMARY KEY, start_time timestamp NOT NULL CHECK (EXTRACT(HOUR FROM start_time) > 22));', 'postgres', 'bookings', 'start_time');
    expect(evening.spec).toMatchObject({ hours: [23], minuteStep: 15 });
  });
});
