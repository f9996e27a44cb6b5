import { describe, expect, it } from 'vitest';
import { daysFromIso } from '../../util/index.js';
import { birthDays, fitDays, specDays, withinUnixTime, type DayRange, type UnixTimeEnv } from './unix-time-window.js';

const day = daysFromIso;
const env = (referenceDate: string, earlier?: DayRange): UnixTimeEnv => ({
  referenceDate,
  earlierDays: () => earlier,
  fallback: () => ({ generator: 'timestamp', from: '2021-01-01', to: referenceDate }),
});

describe('fitDays', () => {
  it('cuts a window to 1970-01-02 … 2038-01-18, or keeps its width at the nearer end when it lies outside', () => {
    expect(fitDays(day('1930-01-01'), day('2000-01-01'))).toEqual([day('1970-01-02'), day('2000-01-01')]);
    expect(fitDays(day('2030-01-01'), day('2040-01-01'))).toEqual([day('2030-01-01'), day('2038-01-18')]);
    expect(fitDays(day('2040-01-01'), day('2045-01-01'))).toEqual([day('2038-01-18') - (day('2045-01-01') - day('2040-01-01')), day('2038-01-18')]);
    expect(fitDays(day('1960-01-01'), day('1960-01-11'))).toEqual([day('1970-01-02'), day('1970-01-12')]);
  });
});

describe('withinUnixTime', () => {
  it('narrows birth ages so every birth is after 1970-01-01', () => {
    const spec = withinUnixTime({ generator: 'birthDate', minAge: 18, maxAge: 90 }, env('2026-01-01'));
    expect(spec).toEqual({ generator: 'birthDate', minAge: 18, maxAge: 55 });
    expect(birthDays('2026-01-01', 18, 55)[0]).toBeGreaterThanOrEqual(day('1970-01-02'));
    expect(birthDays('2026-01-01', 18, 56)[0]).toBeLessThan(day('1970-01-02'));
    expect(withinUnixTime({ generator: 'birthDate', minAge: 18, maxAge: 90 }, env('2070-01-01'))).toEqual({ generator: 'birthDate', minAge: 32, maxAge: 90 });
  });

  it('draws a window of births when no age fits', () => {
    expect(withinUnixTime({ generator: 'birthDate', minAge: 18, maxAge: 20 }, env('1980-01-01'))).toEqual({ generator: 'timestamp', from: '1970-01-02', to: '1973-01-01' });
  });

  it('shortens the gap after an earlier column to end by 2038-01-18, the least gap giving way first', () => {
    const after = { generator: 'after' as const, column: 'created_at', minGap: 365, maxGap: 1825, strict: false };
    expect(withinUnixTime(after, env('2026-01-01', [day('2018-01-01'), day('2026-01-01')]))).toEqual(after);
    expect(withinUnixTime(after, env('2036-01-01', [day('2028-01-01'), day('2036-01-01')]))).toMatchObject({ minGap: 365, maxGap: day('2038-01-18') - day('2036-01-01') });
    expect(withinUnixTime(after, env('2037-06-01', [day('2029-06-01'), day('2037-06-01')]))).toMatchObject({ minGap: 231, maxGap: 231 });
  });

  it('raises the least gap after an earlier column that starts before 1970, and falls back to the own window when no gap fits', () => {
    const after = { generator: 'after' as const, column: 'born', minGap: 0, maxGap: 365, strict: false };
    expect(withinUnixTime(after, env('2026-01-01', [day('1969-12-01'), day('2000-01-01')]))).toMatchObject({ minGap: 32, maxGap: 365 });
    expect(withinUnixTime(after, env('2026-01-01', [day('1930-01-01'), day('2000-01-01')]))).toEqual({ generator: 'timestamp', from: '2021-01-01', to: '2026-01-01' });
    expect(withinUnixTime(after, env('2026-01-01'))).toEqual({ generator: 'timestamp', from: '2021-01-01', to: '2026-01-01' });
  });

  it('leaves other generators alone', () => {
    expect(withinUnixTime({ generator: 'constant', value: '2000-01-01 00:00:00' }, env('2026-01-01'))).toEqual({ generator: 'constant', value: '2000-01-01 00:00:00' });
  });
});

describe('specDays', () => {
  it('gives the days a window, a birth date and a gap after a column reach', () => {
    expect(specDays({ generator: 'timestamp', from: '2020-01-01', to: '2021-01-01' }, env('2026-01-01'))).toEqual([day('2020-01-01'), day('2021-01-01')]);
    expect(specDays({ generator: 'birthDate', minAge: 18, maxAge: 90 }, env('2026-01-01'))).toEqual([day('1935-01-02'), day('2008-01-01')]);
    expect(specDays({ generator: 'after', column: 'a', minGap: 1, maxGap: 10, strict: false }, env('2026-01-01', [100, 200]))).toEqual([101, 210]);
    expect(specDays({ generator: 'int', min: 1, max: 9, skew: 'uniform' }, env('2026-01-01'))).toBeUndefined();
  });
});
