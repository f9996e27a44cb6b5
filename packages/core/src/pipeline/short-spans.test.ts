import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, type Plan } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

const DDL = `CREATE TABLE appointments (id SERIAL PRIMARY KEY, start_time TIMESTAMP NOT NULL, end_time TIMESTAMP NOT NULL);
CREATE TABLE meetings (id SERIAL PRIMARY KEY, starts_at TIMESTAMPTZ NOT NULL, ends_at TIMESTAMPTZ NOT NULL, CHECK (ends_at > starts_at));
CREATE TABLE shifts (id SERIAL PRIMARY KEY, started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP);
CREATE TABLE projects (id SERIAL PRIMARY KEY, start_date DATE, end_date DATE);
CREATE TABLE subscriptions (id SERIAL PRIMARY KEY, started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP);`;

const HOUR = 3_600_000;

describe('an end that follows its start by hours where the row lasts hours', () => {
  let schema: Schema;
  let plan: Plan;
  beforeAll(async () => {
    await loadParsers();
    schema = parseSchema(DDL, { dialect: 'postgres' }).schema;
    plan = planFor(schema, { rows: 1000 });
  });
  const spans = (table: string, start: string, end: string): number[] => {
    const data = generate(schema, plan);
    const a = columnValues(data, table, start);
    return columnValues(data, table, end).map((e, i) => (e === null ? NaN : (Number(e) - Number(a[i])) / HOUR)).filter((h) => !Number.isNaN(h));
  };

  it('ends an appointment and a meeting a quarter hour to four hours after it starts (before: up to a year), on whole seconds', () => {
    for (const [table, start, end] of [['appointments', 'start_time', 'end_time'], ['meetings', 'starts_at', 'ends_at']] as const) {
      const hours = spans(table, start, end);
      expect(hours.length).toBeGreaterThan(900);
      expect(hours.every((h) => h >= 0.25 && h <= 4.01)).toBe(true);
      expect(hours.every((h) => Number.isInteger(Math.round(h * HOUR) / 1000))).toBe(true);
    }
  });

  it('ends a shift 4 to 12 hours after it starts', () => {
    expect(spans('shifts', 'started_at', 'ended_at').every((h) => h >= 4 && h <= 12.01)).toBe(true);
  });

  it('leaves dates and long-lived rows in days', () => {
    expect(plan.tables.projects?.columns.end_date).toMatchObject({ minGap: 1, maxGap: 365 });
    expect(plan.tables.subscriptions?.columns.ended_at).toMatchObject({ minGap: 1, maxGap: 365 });
  });
});
