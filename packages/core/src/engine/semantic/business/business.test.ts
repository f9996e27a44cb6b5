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
      'benefitType', 'boardName', 'bookTitle', 'branchName', 'campaignName', 'category', 'chatChannel', 'color',
      'company', 'country', 'courseName', 'cuisine', 'currency', 'department', 'edition', 'eventName', 'feature',
      'genre', 'groupName', 'industry', 'issueLabel', 'jobTitle', 'language', 'licensePlate', 'marketingChannel',
      'menuItem', 'nationality', 'officeLocation', 'openingHours', 'paymentMethod', 'permission', 'planName',
      'playlistName', 'product', 'projectName', 'projectRole', 'publisher', 'restaurant', 'roleName', 'salesChannel',
      'salesRegion', 'skill', 'sportsTeam', 'status', 'teamName', 'title', 'vehicleType', 'venueName', 'warehouseName',
      'word',
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
