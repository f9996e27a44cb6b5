import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, validatePlan, type ColumnSpec, type Plan } from '../plan/index.js';
import type { GeneratedData, Schema } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

const DDL = `CREATE TABLE appointments (id SERIAL PRIMARY KEY, starts_at TIMESTAMPTZ NOT NULL, ends_at TIMESTAMPTZ NOT NULL,
  created_at TIMESTAMP NOT NULL, CHECK (ends_at > starts_at));
CREATE TABLE classes (id SERIAL PRIMARY KEY, scheduled_at TIMESTAMP NOT NULL);
CREATE TABLE reservations (id SERIAL PRIMARY KEY, start_time TIMESTAMP NOT NULL, end_time TIMESTAMP);
CREATE TABLE shifts (id SERIAL PRIMARY KEY, start_time TIMESTAMP NOT NULL, end_time TIMESTAMP NOT NULL);
CREATE TABLE patients (id SERIAL PRIMARY KEY, appointment_time TIMESTAMP, logged_at TIMESTAMP NOT NULL);
CREATE TABLE sessions (id SERIAL PRIMARY KEY, started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP);
CREATE TABLE class_times (id SERIAL PRIMARY KEY, start_time TIME NOT NULL, end_time TIME NOT NULL);
CREATE TABLE work_shifts (id SERIAL PRIMARY KEY, start_time TIME NOT NULL, end_time TIME NOT NULL);
CREATE TABLE attendance (id SERIAL PRIMARY KEY, clock_in TIME NOT NULL, clock_out TIME NOT NULL);
CREATE TABLE alarms (id SERIAL PRIMARY KEY, ring_at TIME NOT NULL);
CREATE TABLE employees (id SERIAL PRIMARY KEY, shift_start TIME NOT NULL);
CREATE TABLE appointment_slots (id SERIAL PRIMARY KEY, starts_at TIMESTAMP NOT NULL UNIQUE);`;

const DAY = 86_400_000;
const HOUR = 3_600_000;

let schema: Schema;
let plan: Plan;
let data: GeneratedData;
beforeAll(async () => {
  await loadParsers();
  schema = parseSchema(DDL, { dialect: 'postgres' }).schema;
  plan = planFor(schema, { rows: 1000 });
  data = generate(schema, plan);
});

const values = (table: string, column: string): number[] => columnValues(data, table, column).filter((v): v is number => typeof v === 'number');
const spec = (table: string, column: string): ColumnSpec | undefined => plan.tables[table]?.columns[column];
const hourOf = (ms: number): number => Math.floor((((ms % DAY) + DAY) % DAY) / HOUR);
const weekday = (ms: number): boolean => { const d = (((Math.floor(ms / DAY) + 4) % 7) + 7) % 7; return d >= 1 && d <= 5; };
const onMinutes = (ms: number, step: number): boolean => ms % (step * 60_000) === 0;

describe('start timestamps of things people book or attend fall in working hours', () => {
  it('starts appointments 08:00–17:45 on quarter hours, nine in ten on weekdays (they were uniform over the day, to the second)', () => {
    for (const [table, column] of [['appointments', 'starts_at'], ['classes', 'scheduled_at']] as const) {
      const starts = values(table, column);
      expect(starts).toHaveLength(1000);
      expect(starts.every((ms) => hourOf(ms) >= 8 && hourOf(ms) <= 17 && onMinutes(ms, 15))).toBe(true);
      expect(starts.filter(weekday).length).toBeGreaterThan(850);
    }
  });

  it('ends an appointment 15 minutes to 4 hours on, in whole quarter hours, after its start', () => {
    const starts = values('appointments', 'starts_at');
    const gaps = values('appointments', 'ends_at').map((e, i) => (e - (starts[i] as number)) / 60_000);
    expect(gaps.every((m) => m >= 15 && m <= 240 && m % 15 === 0)).toBe(true);
    expect(new Set(gaps)).toEqual(new Set(Array.from({ length: 16 }, (_, i) => 15 * (i + 1))));
  });

  it('starts a reservation 08:00–21:45 any day, and a shift on the hour at a changeover, ending 4–12 whole hours later', () => {
    expect(values('reservations', 'start_time').every((ms) => hourOf(ms) >= 8 && hourOf(ms) <= 21 && onMinutes(ms, 15))).toBe(true);
    const shifts = values('shifts', 'start_time');
    expect(new Set(shifts.map(hourOf))).toEqual(new Set([6, 7, 8, 14, 15, 22]));
    const hours = values('shifts', 'end_time').map((e, i) => (e - (shifts[i] as number)) / HOUR);
    expect(hours.every((h) => Number.isInteger(h) && h >= 4 && h <= 12)).toBe(true);
  });

  it('reads appointment_time in any table; leaves machine times (created_at, logged_at, started_at) uniform to the second', () => {
    expect(spec('patients', 'appointment_time')).toMatchObject({ hours: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17], minuteStep: 15, weekdayRate: 0.9 });
    for (const [t, c] of [['appointments', 'created_at'], ['patients', 'logged_at'], ['sessions', 'started_at']] as const) {
      expect(spec(t, c)).not.toHaveProperty('hours');
      expect(new Set(values(t, c).map(hourOf)).size).toBe(24);
    }
    expect(spec('sessions', 'ended_at')).not.toHaveProperty('step');
  });

  it('keeps a unique start unique over the slots of its window', () => {
    const starts = values('appointment_slots', 'starts_at');
    expect(new Set(starts).size).toBe(1000);
    expect(starts.every((ms) => hourOf(ms) >= 8 && hourOf(ms) <= 17 && onMinutes(ms, 15))).toBe(true);
  });
});

describe('times of day on round minutes', () => {
  const seconds = (table: string, column: string): number[] => values(table, column);

  it('puts a class on quarter hours and a shift on half hours, start and end, the end after the start', () => {
    for (const [table, step] of [['class_times', 900], ['work_shifts', 1800]] as const) {
      const a = seconds(table, 'start_time');
      const b = seconds(table, 'end_time');
      expect([...a, ...b].every((s) => s % step === 0)).toBe(true);
      expect(b.every((s, i) => s > (a[i] as number))).toBe(true);
    }
  });

  it('keeps the seconds of a clock record (attendance clock_in), and puts a lone time on five minutes (a shift\'s on half hours)', () => {
    expect(spec('attendance', 'clock_in')).not.toHaveProperty('minuteStep');
    expect(spec('attendance', 'clock_out')).not.toHaveProperty('step');
    expect(seconds('alarms', 'ring_at').every((s) => s % 300 === 0 && s >= 6 * 3600 && s < 22 * 3600)).toBe(true);
    expect(seconds('employees', 'shift_start').every((s) => s % 1800 === 0)).toBe(true);
  });
});

describe('hand-written plans', () => {
  it('draws epoch milliseconds within the slots, and their gap in whole quarter hours', () => {
    const calls = parseSchema('CREATE TABLE calls (id int PRIMARY KEY, start_ms BIGINT NOT NULL, end_ms BIGINT NOT NULL);', { dialect: 'postgres' }).schema;
    const base = planFor(calls, { rows: 300 });
    const columns = {
      ...base.tables.calls?.columns,
      start_ms: { generator: 'timestamp', from: '2025-01-01', to: '2025-12-31', unit: 'epochMillis', hours: [9], minuteStep: 30 },
      end_ms: { generator: 'after', column: 'start_ms', minGap: 0.0104, maxGap: 0.0417, strict: false, unit: 'epochMillis', step: 0.010417 },
    };
    const edited = validatePlan(calls, { ...base, tables: { calls: { ...base.tables.calls, columns } } });
    const out = generate(calls, edited);
    const starts = columnValues(out, 'calls', 'start_ms').map(Number);
    const gaps = columnValues(out, 'calls', 'end_ms').map((e, i) => Number(e) - (starts[i] as number));
    expect(starts.every((ms) => hourOf(ms) === 9 && onMinutes(ms, 30))).toBe(true);
    expect(new Set(gaps)).toEqual(new Set([900_000, 1_800_000, 2_700_000, 3_600_000]));
  });
});

describe('the plan fields are checked', () => {
  const edited = (table: string, column: string, patch: Record<string, unknown>): unknown => {
    const tp = plan.tables[table];
    return { ...plan, tables: { ...plan.tables, [table]: { ...tp, columns: { ...tp?.columns, [column]: { ...tp?.columns[column], ...patch } } } } };
  };

  it('accepts the inferred plan and rejects a repeated hour, a step of 0, a step no gap fits and a time step with no time in range', () => {
    expect(() => validatePlan(schema, plan)).not.toThrow();
    expect(() => validatePlan(schema, edited('appointments', 'starts_at', { hours: [8, 8] }))).toThrow(/listed twice/);
    expect(() => validatePlan(schema, edited('appointments', 'starts_at', { minuteStep: 0 }))).toThrow(/minuteStep/);
    expect(() => validatePlan(schema, edited('appointments', 'ends_at', { step: 1 }))).toThrow(/no whole step/);
    expect(() => validatePlan(schema, edited('alarms', 'ring_at', { fromHour: 9.7, toHour: 9.9, minuteStep: 30 }))).toThrow(/no time on a 30-minute step/);
    expect(() => validatePlan(schema, edited('appointments', 'ends_at', { minGap: 0, maxGap: 0.005, strict: true, step: 0.010417 }))).toThrow(/no whole step/);
  });

  it('counts a unique start\'s room in slots, not seconds', () => {
    const tight = edited('appointment_slots', 'starts_at', { from: '2025-01-01', to: '2025-01-10', hours: [9], minuteStep: 60 });
    expect(() => validatePlan(schema, tight)).toThrow(/allow only 10 distinct/);
  });
});

describe('what is not booked or attended, and starts that are not on round minutes', () => {
  const specsOf = (ddl: string) => {
    const p = planFor(parseSchema(ddl, { dialect: 'postgres' }).schema, { rows: 10 });
    return (t: string, c: string): ColumnSpec | undefined => p.tables[t]?.columns[c];
  };

  it('leaves web sessions, inventory slots and a journal\'s booking_date to the second; reads therapy sessions and a singular class', () => {
    const spec = specsOf(`CREATE TABLE sessions (session_id INT PRIMARY KEY, user_id INT, start_time TIMESTAMP, page_views INT);
CREATE TABLE journal_entries (id INT PRIMARY KEY, booking_date TIMESTAMP);
CREATE TABLE parking_slots (id INT PRIMARY KEY, slot_time TIMESTAMP);
CREATE TABLE therapy_sessions (id INT PRIMARY KEY, starts_at TIMESTAMP);
CREATE TABLE class (id INT PRIMARY KEY, starts_at TIMESTAMP, ends_at TIMESTAMP);`);
    for (const [t, c] of [['sessions', 'start_time'], ['journal_entries', 'booking_date'], ['parking_slots', 'slot_time']] as const) expect(spec(t, c)).not.toHaveProperty('hours');
    expect(spec('therapy_sessions', 'starts_at')).toMatchObject({ minuteStep: 15 });
    expect(spec('class', 'starts_at')).toMatchObject({ minuteStep: 15 });
    expect(spec('class', 'ends_at')).toMatchObject({ generator: 'after', step: 0.010417 });
  });

  it('drops the end\'s step when a CHECK makes the start follow another column to the second (starts_at > created_at)', () => {
    const spec = specsOf(`CREATE TABLE appointments (id INT PRIMARY KEY, created_at TIMESTAMP NOT NULL, starts_at TIMESTAMP NOT NULL, ends_at TIMESTAMP NOT NULL,
  CHECK (starts_at > created_at), CHECK (ends_at > starts_at));`);
    expect(spec('appointments', 'starts_at')).toMatchObject({ generator: 'after', column: 'created_at' });
    expect(spec('appointments', 'ends_at')).toMatchObject({ generator: 'after', column: 'starts_at' });
    expect(spec('appointments', 'ends_at')).not.toHaveProperty('step');
  });
});
