import { describe, expect, it } from 'vitest';
import { drawRows } from '../internal/test-rng.js';
import { VOCABULARIES } from '../vocabularies.js';
import { honorific } from './misc.js';
import { openingHours } from './opening-hours.js';

describe('vocabularies', () => {
  it.each(Object.entries(VOCABULARIES))('%s gives varied, deterministic, printable ASCII values', (name, draw) => {
    const values = drawRows(2000, (r) => draw(r), name);
    expect(drawRows(2000, (r) => draw(r), name)).toEqual(values);
    for (const v of values) expect(v, name).toMatch(/^[\x21-\x7e]( ?[\x21-\x7e])*$/);
    expect(new Set(values).size, name).toBeGreaterThanOrEqual(6);
  });

  it('covers every vocabulary name the plan knows', () => {
    expect(Object.keys(VOCABULARIES).sort()).toEqual([
      'benefitType', 'bookTitle', 'branchName', 'category', 'color', 'company', 'country', 'cuisine', 'currency',
      'department', 'edition', 'genre', 'industry', 'jobTitle', 'language', 'licensePlate', 'menuItem',
      'nationality', 'officeLocation', 'openingHours', 'paymentMethod', 'product', 'projectName', 'projectRole',
      'publisher', 'restaurant', 'status', 'title', 'vehicleType', 'word',
    ]);
  });

  it('produces combinatorial names with plenty of distinct values', () => {
    for (const name of ['company', 'product', 'restaurant', 'bookTitle', 'menuItem', 'publisher'] as const) {
      expect(new Set(drawRows(5000, (r) => VOCABULARIES[name](r))).size, name).toBeGreaterThan(300);
    }
  });

  it('openingHours reads like business hours', () => {
    for (const h of drawRows(2000, (r) => openingHours(r))) {
      expect(h).toMatch(/^(Open 24 hours|(Mon-Fri|Mon-Sat|Tue-Sun|Daily) \d{1,2}:[03]0-\d{1,2}:[03]0(, (Sat-Sun|Sun) \d{1,2}:[03]0-\d{1,2}:[03]0)?)$/);
      for (const [, open, close] of h.matchAll(/(\d+):\d\d-(\d+):\d\d/g)) expect(Number(close)).toBeGreaterThan(Number(open));
    }
  });

  it('honorific uses common courtesy titles', () => {
    expect(new Set(drawRows(2000, (r) => honorific(r)))).toEqual(new Set(['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Miss', 'Mx.']));
  });
});
