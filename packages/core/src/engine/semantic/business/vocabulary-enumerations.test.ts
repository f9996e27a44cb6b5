import { describe, expect, it } from 'vitest';
import { VOCABULARY_NAMES } from '../../../plan/index.js';
import { VOCABULARY_ENUMERATIONS } from './vocabulary-enumerations.js';

const ENTRIES = Object.entries(VOCABULARY_ENUMERATIONS);

describe('vocabulary enumerations', () => {
  it.each(ENTRIES)('%s lists distinct, non-empty values no longer than its `longest`', (_, e) => {
    const values = Array.from({ length: e.size }, (_, i) => e.nth(i));
    expect(e.size).toBeGreaterThan(4);
    expect(new Set(values).size).toBe(e.size);
    expect(values.every((v) => v.trim() === v && v.length > 0)).toBe(true);
    expect(Math.max(...values.map((v) => v.length))).toBe(e.longest);
  });

  it('names only plan vocabularies', () => {
    expect(ENTRIES.map(([name]) => name).filter((n) => !(VOCABULARY_NAMES as readonly string[]).includes(n))).toEqual([]);
  });

  it('starts with the common plain values ("Free", "Pro") and moves on to combined ones ("Team Annual")', () => {
    const plans = VOCABULARY_ENUMERATIONS.planName;
    expect([plans.nth(0), plans.nth(1)]).toEqual(['Free', 'Pro']);
    expect(Array.from({ length: plans.size }, (_, i) => plans.nth(i))).toContain('Team Annual');
    expect(Array.from({ length: plans.size }, (_, i) => plans.nth(i))).not.toContain('Free Annual');
  });
});
