import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, validatePlan, type Plan } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

const DDL = `CREATE TABLE shifts (id SERIAL PRIMARY KEY, start_time TIME NOT NULL, end_time TIME NOT NULL, CHECK (end_time > start_time));
CREATE TABLE store_hours (id SERIAL PRIMARY KEY, weekday INT NOT NULL, open_time TIME NOT NULL, close_time TIME NOT NULL);
CREATE TABLE class_sessions (id SERIAL PRIMARY KEY, month INT NOT NULL, starts TIME NOT NULL, ends TIME NOT NULL);
CREATE TABLE alarms (id SERIAL PRIMARY KEY, ring_at TIME NOT NULL);`;

const HOUR = 3600;

describe('times of day in pairs, and calendar numbers', () => {
  let schema: Schema;
  let plan: Plan;
  beforeAll(async () => {
    await loadParsers();
    schema = parseSchema(DDL, { dialect: 'postgres' }).schema;
    plan = planFor(schema, { rows: 1000 });
  });
  const hours = (table: string, start: string, end: string): number[] => {
    const data = generate(schema, plan);
    const a = columnValues(data, table, start).map(Number);
    return columnValues(data, table, end).map((e, i) => (Number(e) - (a[i] as number)) / HOUR);
  };

  it('ends every shift 4–10 hours after it starts, the same day (half the ends came before their starts)', () => {
    const h = hours('shifts', 'start_time', 'end_time');
    expect(h.every((x) => x >= 4 && x <= 10)).toBe(true);
    expect(() => validatePlan(schema, plan)).not.toThrow();
  });

  it('closes a store 6–12 hours after it opens, at most a second before midnight', () => {
    const h = hours('store_hours', 'open_time', 'close_time');
    expect(h.every((x) => x >= 6 && x <= 12)).toBe(true);
    expect(columnValues(generate(schema, plan), 'store_hours', 'close_time').every((v) => Number(v) < 24 * HOUR)).toBe(true);
  });

  it('ends a class half an hour to three hours after it starts; a lone time of day stays 06:00–22:00', () => {
    expect(hours('class_sessions', 'starts', 'ends').every((x) => x >= 0.5 && x <= 3)).toBe(true);
    expect(plan.tables.alarms?.columns.ring_at).toEqual({ generator: 'time', fromHour: 6, toHour: 22 });
  });

  it('draws a weekday 0–6 and a month 1–12 (they were 1–1000)', () => {
    expect(plan.tables.store_hours?.columns.weekday).toMatchObject({ min: 0, max: 6 });
    expect(plan.tables.class_sessions?.columns.month).toMatchObject({ min: 1, max: 12 });
  });
});
