import { describe, expect, it } from 'vitest';
import { IdTable } from './id-table.js';
import { PairSet } from './pair-set.js';

describe('PairSet', () => {
  it('sees a resolved pair once and never confuses different pairs', () => {
    const sections = new IdTable<true>();
    const students = new IdTable<true>();
    for (const id of ['C1', 'C2', 'C3']) sections.add(id, true);
    for (const id of ['P1', 'P2']) students.add(id, true);
    const pairs = new PairSet(sections, students);
    const all = ['C1', 'C2', 'C3'].flatMap((c) => ['P1', 'P2'].map((p) => pairs.add(c, p)));
    expect(all.every(Boolean)).toBe(true);
    expect(pairs.add('C2', 'P1')).toBe(false);
  });

  it('lets unresolved pairs through (their rows are already findings)', () => {
    const pairs = new PairSet(new IdTable(), new IdTable());
    expect([pairs.add('X', 'Y'), pairs.add('X', 'Y')]).toEqual([true, true]);
  });
});
