import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, validatePlan, type Plan } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

const DDL = `CREATE TABLE appointments (id SERIAL PRIMARY KEY, start_time TIMESTAMP NOT NULL, end_time TIMESTAMP NOT NULL);
CREATE TABLE meetings (id SERIAL PRIMARY KEY, starts_at TIMESTAMPTZ NOT NULL, ends_at TIMESTAMPTZ NOT NULL, CHECK (ends_at > starts_at));
CREATE TABLE shifts (id SERIAL PRIMARY KEY, started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP);
CREATE TABLE projects (id SERIAL PRIMARY KEY, start_date DATE, end_date DATE);
CREATE TABLE subscriptions (id SERIAL PRIMARY KEY, started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP);
CREATE TABLE work_shifts (id SERIAL PRIMARY KEY, start_time TIME NOT NULL, end_time TIME NOT NULL, CHECK (end_time > start_time));
CREATE TABLE store_hours (id SERIAL PRIMARY KEY, weekday INT NOT NULL, open_time TIME NOT NULL, close_time TIME NOT NULL);
CREATE TABLE class_sessions (id SERIAL PRIMARY KEY, month INT NOT NULL, starts TIME NOT NULL, ends TIME NOT NULL);
CREATE TABLE alarms (id SERIAL PRIMARY KEY, ring_at TIME NOT NULL);`;

/** Milliseconds of an hour (timestamps) and seconds of one (times of day). */
const HOUR_MS = 3_600_000;
const HOUR_S = 3600;

let schema: Schema;
let plan: Plan;
beforeAll(async () => {
  await loadParsers();
  schema = parseSchema(DDL, { dialect: 'postgres' }).schema;
  plan = planFor(schema, { rows: 1000 });
});

/** Hours from each row's start to its end (rows with a NULL end left out). */
function spans(table: string, start: string, end: string, hour = HOUR_MS): number[] {
  const data = generate(schema, plan);
  const a = columnValues(data, table, start);
  return columnValues(data, table, end).map((e, i) => (e === null ? NaN : (Number(e) - Number(a[i])) / hour)).filter((h) => !Number.isNaN(h));
}

describe('an end that follows its start by hours where the row lasts hours', () => {
  it('ends an appointment and a meeting a quarter hour to four hours after it starts (before: up to a year), on whole seconds', () => {
    for (const [table, start, end] of [['appointments', 'start_time', 'end_time'], ['meetings', 'starts_at', 'ends_at']] as const) {
      const hours = spans(table, start, end);
      expect(hours.length).toBeGreaterThan(900);
      expect(hours.every((h) => h >= 0.25 && h <= 4.01)).toBe(true);
      expect(hours.every((h) => Number.isInteger(Math.round(h * HOUR_MS) / 1000))).toBe(true);
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

describe('times of day in pairs, and calendar numbers', () => {
  it('ends every shift 4–10 hours after it starts, the same day (half the ends came before their starts)', () => {
    const h = spans('work_shifts', 'start_time', 'end_time', HOUR_S);
    expect(h.every((x) => x >= 4 && x <= 10)).toBe(true);
    expect(() => validatePlan(schema, plan)).not.toThrow();
  });

  it('closes a store 6–12 hours after it opens, at most a second before midnight', () => {
    const h = spans('store_hours', 'open_time', 'close_time', HOUR_S);
    expect(h.every((x) => x >= 6 && x <= 12)).toBe(true);
    expect(columnValues(generate(schema, plan), 'store_hours', 'close_time').every((v) => Number(v) < 24 * HOUR_S)).toBe(true);
  });

  it('ends a class half an hour to three hours after it starts; a lone time of day stays 06:00–22:00, on five minutes', () => {
    expect(spans('class_sessions', 'starts', 'ends', HOUR_S).every((x) => x >= 0.5 && x <= 3)).toBe(true);
    expect(plan.tables.alarms?.columns.ring_at).toEqual({ generator: 'time', fromHour: 6, toHour: 22, minuteStep: 5 });
  });

  it('draws a weekday 0–6 and a month 1–12 (they were 1–1000)', () => {
    expect(plan.tables.store_hours?.columns.weekday).toMatchObject({ min: 0, max: 6 });
    expect(plan.tables.class_sessions?.columns.month).toMatchObject({ min: 1, max: 12 });
  });
});
