import { describe, expect, it } from 'vitest';
import { drawRows, rngAt } from '../internal/test-rng.js';
import { honorificFor } from './honorific.js';

describe('honorificFor', () => {
  it("gives women's and men's honorifics, Dr., Prof. and Mx. to both", () => {
    expect(new Set(drawRows(3000, (r) => honorificFor(r, 'female')))).toEqual(new Set(['Ms.', 'Mrs.', 'Dr.', 'Prof.', 'Mx.']));
    expect(new Set(drawRows(3000, (r) => honorificFor(r, 'male')))).toEqual(new Set(['Mr.', 'Dr.', 'Prof.', 'Mx.']));
  });

  it('keeps to the column: at most 3 characters leaves Prof. and Mrs. out', () => {
    const short = new Set([...drawRows(3000, (r) => honorificFor(r, 'female', 3)), ...drawRows(3000, (r) => honorificFor(r, 'male', 3))]);
    expect([...short].sort()).toEqual(['Dr.', 'Mr.', 'Ms.', 'Mx.']);
  });

  it('gives a non-binary person Mx., whatever the column holds', () => {
    expect(new Set(drawRows(500, (r) => honorificFor(r, 'non-binary')))).toEqual(new Set(['Mx.']));
    expect(honorificFor(rngAt(0), 'non-binary', 3)).toBe('Mx.');
  });
});
