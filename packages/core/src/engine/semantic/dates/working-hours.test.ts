import { describe, expect, it } from 'vitest';
import { drawRows } from '../internal/test-rng.js';
import { isoToDays } from './civil.js';
import { slotAt, slotCount, slotInstant, timeOfDayOnStep } from './working-hours.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const FROM = isoToDays('2024-01-01');
const TO = isoToDays('2025-12-31');
const OFFICE = { hours: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17], minuteStep: 15, weekdayRate: 0.9 };

/** Day of the week of an instant, 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
const weekday = (ms: number): number => (((Math.floor(ms / DAY) + 4) % 7) + 7) % 7;
const hourOf = (ms: number): number => Math.floor((ms % DAY) / HOUR);
const msOfHour = (ms: number): number => ms % HOUR;

describe('slotInstant', () => {
  const draws = drawRows(20_000, (rng) => slotInstant(rng, FROM, TO, OFFICE));

  it('starts on a quarter hour between 08:00 and 17:45, within the window', () => {
    expect(draws.every((ms) => ms >= FROM * DAY && ms < (TO + 1) * DAY)).toBe(true);
    expect(new Set(draws.map(hourOf))).toEqual(new Set(OFFICE.hours));
    expect(new Set(draws.map(msOfHour))).toEqual(new Set([0, 15, 30, 45].map((m) => m * 60_000)));
  });

  it('falls on a weekday nine times in ten, spread over all five and both weekend days', () => {
    const days = draws.map(weekday);
    const share = days.filter((d) => d >= 1 && d <= 5).length / draws.length;
    expect(share).toBeGreaterThan(0.88);
    expect(share).toBeLessThan(0.92);
    for (let d = 0; d < 7; d++) expect(days.filter((x) => x === d).length).toBeGreaterThan(draws.length * (d === 0 || d === 6 ? 0.04 : 0.16));
  });

  it('keeps only the listed hours, any second of them without a step, any day without a rate', () => {
    const shifts = drawRows(5000, (rng) => slotInstant(rng, FROM, TO, { hours: [6, 14, 22], minuteStep: 60 }));
    expect(new Set(shifts.map(hourOf))).toEqual(new Set([6, 14, 22]));
    expect(shifts.every((ms) => msOfHour(ms) === 0)).toBe(true);
    const seconds = drawRows(5000, (rng) => slotInstant(rng, FROM, TO, { hours: [3] }));
    expect(seconds.every((ms) => hourOf(ms) === 3 && ms % 1000 === 0)).toBe(true);
    expect(new Set(seconds.map(msOfHour)).size).toBeGreaterThan(2000);
  });

  it('draws the other kind of day when the window has none of the kind wanted (a Saturday-only window)', () => {
    const saturday = isoToDays('2025-01-04');
    expect(drawRows(200, (rng) => slotInstant(rng, saturday, saturday, OFFICE)).every((ms) => Math.floor(ms / DAY) === saturday)).toBe(true);
  });

  it('is a pure function of the draw source', () => {
    expect(drawRows(50, (rng) => slotInstant(rng, FROM, TO, OFFICE))).toEqual(draws.slice(0, 50));
  });

  it('rejects hours outside the day', () => {
    expect(() => drawRows(1, (rng) => slotInstant(rng, FROM, TO, { hours: [24] }))).toThrow(/bad day slots/);
  });
});

describe('slotAt', () => {
  it('numbers every slot of the window once, in time order', () => {
    const slots = { hours: [9, 14], minuteStep: 30 };
    const n = slotCount(3, slots);
    expect(n).toBe(12);
    const all = Array.from({ length: n }, (_, i) => slotAt(i, FROM, slots));
    expect(all).toEqual([...all].sort((a, b) => a - b));
    expect(new Set(all).size).toBe(n);
    expect(all.slice(0, 5).map((ms) => ms - FROM * DAY)).toEqual([9 * HOUR, 9.5 * HOUR, 14 * HOUR, 14.5 * HOUR, DAY + 9 * HOUR]);
  });
});

describe('timeOfDayOnStep', () => {
  it('draws every quarter hour in [fromHour, toHour) and nothing else', () => {
    const times = drawRows(5000, (rng) => timeOfDayOnStep(rng, 8, 18, 15));
    expect(new Set(times).size).toBe(40);
    expect(times.every((s) => s % 900 === 0 && s >= 8 * 3600 && s < 18 * 3600)).toBe(true);
  });

  it('starts at the first step at or after a fractional hour, and rejects a range with no step in it', () => {
    expect(Math.min(...drawRows(2000, (rng) => timeOfDayOnStep(rng, 8.1, 9, 30)))).toBe(8.5 * 3600);
    expect(() => drawRows(1, (rng) => timeOfDayOnStep(rng, 9.7, 9.9, 30))).toThrow(/no 30-minute time/);
  });
});
