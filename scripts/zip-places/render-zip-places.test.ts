import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderZipPlaces, zipPlacesByState } from './render-zip-places.js';

const DATA_FILE = new URL('../../packages/core/src/engine/semantic/location/zip-places-data.ts', import.meta.url);

describe('zip-places-data.ts', () => {
  it('is what scripts/build-zip-places.ts renders from the installed zipcodes package', () => {
    expect(fs.readFileSync(DATA_FILE, 'utf8')).toBe(renderZipPlaces());
  });

  it('has places for all 50 states and DC, about 40,000 in all', () => {
    const groups = zipPlacesByState();
    expect(groups.size).toBe(51);
    for (const [code, places] of groups) expect(places.length, code).toBeGreaterThan(0);
    const total = [...groups.values()].reduce((n, p) => n + p.length, 0);
    expect(total).toBeGreaterThan(35_000);
  });
});
