import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isRowforgeError } from '../../../errors/index.js';
import { drawRows } from '../internal/test-rng.js';
import { Rng } from '../../rng.js';
import { secondaryAddress, skipStreetAddress, streetAddress } from './street-address.js';
import { areaCodeFor, formatUsAddress, usLocation } from './us-location.js';
import { US_STATES } from './us-state-table.js';

interface Code { zip: string; city: string; state: string }
const { codes } = createRequire(import.meta.url)('zipcodes/lib/codes.js') as { codes: Record<string, Code> };

/** k12.md §4.6, transcribed independently of us-state-table.ts for a few states. */
const PREFIX_SPOT_CHECKS: Readonly<Record<string, (p: number) => boolean>> = {
  CA: (p) => p >= 900 && p <= 961,
  TX: (p) => (p >= 750 && p <= 799) || p === 733 || p === 885,
  NY: (p) => (p >= 100 && p <= 149) || p === 5,
  FL: (p) => p >= 320 && p <= 349 && p !== 340,
  OK: (p) => p >= 730 && p <= 749 && p !== 733,
  DC: (p) => p === 200 || (p >= 202 && p <= 205),
  VA: (p) => p === 201 || (p >= 220 && p <= 246),
  MA: (p) => (p >= 10 && p <= 27) || p === 55,
};

describe('usLocation', () => {
  const locations = drawRows(10_000, (r) => usLocation(r));

  it('gives real (ZIP, city, state) triples from the zipcodes data', () => {
    for (const loc of locations) {
      const code = codes[loc.zip];
      expect(code, loc.zip).toBeDefined();
      expect(code?.city).toBe(loc.city);
      expect(code?.state).toBe(loc.state);
      expect(loc.zip).toMatch(/^\d{5}$/);
      expect(loc.country).toBe('United States');
    }
  });

  it('keeps the ZIP prefix inside the USPS range of its state and the area code in the state list', () => {
    const byCode = new Map(US_STATES.map((s) => [s.code, s]));
    for (const loc of locations) {
      const state = byCode.get(loc.state);
      expect(state, loc.state).toBeDefined();
      expect(state?.name).toBe(loc.stateName);
      const prefix = Number(loc.zip.slice(0, 3));
      expect(state?.zipPrefixes.has(prefix), `${loc.zip} ${loc.state}`).toBe(true);
      expect(PREFIX_SPOT_CHECKS[loc.state]?.(prefix) ?? true, `${loc.zip} ${loc.state}`).toBe(true);
      expect(state?.areaCodes).toContain(loc.areaCode);
    }
  });

  it('covers only the 50 states and DC, weighted by population', () => {
    const states = new Set(locations.map((l) => l.state));
    expect(states.size).toBeGreaterThan(45);
    for (const s of states) expect(US_STATES.some((u) => u.code === s)).toBe(true);
    const big = locations.filter((l) => ['CA', 'TX', 'FL', 'NY'].includes(l.state)).length / locations.length;
    expect(big).toBeGreaterThan(0.28);
    expect(big).toBeLessThan(0.39);
    const ca = locations.filter((l) => l.state === 'CA').length;
    const wy = locations.filter((l) => l.state === 'WY').length;
    expect(ca).toBeGreaterThan(wy * 20);
  });

  it('draws big cities often', () => {
    const ny = drawRows(3000, (r) => usLocation(r, 'NY'));
    expect(ny.filter((l) => ['New York', 'Brooklyn', 'Bronx', 'Staten Island'].includes(l.city)).length).toBeGreaterThan(300);
  });

  it('honours a requested state by code or name, case-insensitively', () => {
    for (const l of drawRows(500, (r) => usLocation(r, 'ny'))) expect(l.state).toBe('NY');
    for (const l of drawRows(500, (r) => usLocation(r, 'California'))) {
      expect(l.state).toBe('CA');
      expect(['209', '213', '310', '415', '510', '559', '619', '714', '818', '916']).toContain(l.areaCode);
    }
  });

  it('rejects an unknown state with PLAN_INVALID', () => {
    expect(() => drawRows(1, (r) => usLocation(r, 'Atlantis'))).toThrowError(/Unknown US state/);
    try {
      drawRows(1, (r) => areaCodeFor(r, 'ZZ'));
    } catch (e) {
      expect(isRowforgeError(e, 'PLAN_INVALID')).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(drawRows(200, (r) => usLocation(r))).toEqual(locations.slice(0, 200));
  });
});

describe('street lines', () => {
  it('formats street, secondary and one-line addresses', () => {
    for (const s of drawRows(2000, (r) => streetAddress(r))) expect(s).toMatch(/^\d{1,5} ([NSEW] )?[A-Za-z0-9' ]+ [A-Z][a-z]+$/);
    for (const s of drawRows(2000, (r) => secondaryAddress(r))) expect(s).toMatch(/^(Apt \d+[A-F]?|Suite \d+|Unit \d+|#\d+)$/);
    const [loc] = drawRows(1, (r) => usLocation(r, 'IL'));
    if (!loc) throw new Error('no location');
    expect(formatUsAddress(loc)).toBe(`${loc.street}, ${loc.city}, IL ${loc.zip}`);
  });
});

describe('skipStreetAddress', () => {
  it('passes over exactly the draws streetAddress makes, with and without a direction', () => {
    const counts = new Set<number>();
    for (let row = 0; row < 5000; row++) {
      const made = new Rng(99, row, 3);
      streetAddress(made);
      const skipped = new Rng(99, row, 3);
      skipStreetAddress(skipped);
      expect(skipped.drawn, `row ${row}`).toBe(made.drawn);
      counts.add(made.drawn);
    }
    expect([...counts].sort((a, b) => a - b)).toEqual([9, 10]);
  });
});
