import { describe, expect, it } from 'vitest';
import { Rng } from './rng.js';
import { RowLocation } from './row-location.js';
import { usLocation } from './semantic/index.js';

const FIELDS = ['street', 'city', 'state', 'stateName', 'zip', 'areaCode', 'country'] as const;

describe('RowLocation', () => {
  it('gives the parts usLocation draws, whichever part a row reads first', () => {
    const loc = new RowLocation();
    for (let row = 0; row < 300; row++) {
      const expected = usLocation(new Rng(0x1234abcd, row));
      const order = row % 2 === 0 ? FIELDS : [...FIELDS].reverse();
      loc.moveTo(0x1234abcd, row);
      for (const f of order) expect(loc[f], `${f} of row ${row}`).toBe(expected[f]);
    }
  });

  it('draws the area code after the street even when the street is never read', () => {
    const loc = new RowLocation().moveTo(7, 42);
    expect(loc.areaCode).toBe(usLocation(new Rng(7, 42)).areaCode);
    expect(loc.street).toBe(usLocation(new Rng(7, 42)).street);
  });
});
