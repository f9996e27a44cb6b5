import { describe, expect, it } from 'vitest';
import { isoFromDays, Rng } from '@rowforge/core';
import { STATES, type StateInfo } from '../geo/us-states.js';
import { birthDate, birthWindow } from './birth-date.js';

const state = (code: string): StateInfo => STATES.find((s) => s.code === code)!;

describe('birth dates by the kindergarten cutoff', () => {
  it('puts on-time kindergartners of 2026-27 in CA between 2020-09-02 and 2021-09-01', () => {
    expect(birthWindow(state('CA'), 2026, 0).map(isoFromDays)).toEqual(['2020-09-02', '2021-09-01']);
  });

  it("follows the state's cutoff (CO: October 1) and the grade", () => {
    expect(birthWindow(state('CO'), 2026, 3).map(isoFromDays)).toEqual(['2017-10-02', '2018-10-01']);
  });

  it('holds back about 2 % and keeps everyone within a year of the window', () => {
    const ca = state('CA');
    const [first, last] = birthWindow(ca, 2026, 5);
    let older = 0;
    for (let i = 0; i < 20_000; i++) {
      const d = birthDate(new Rng(7, i), ca, 2026, 5);
      if (d < first) older++;
      expect(d).toBeGreaterThanOrEqual(first - 366);
      expect(d).toBeLessThanOrEqual(last + 366);
    }
    expect(older / 20_000).toBeGreaterThan(0.015);
    expect(older / 20_000).toBeLessThan(0.025);
  });
});
