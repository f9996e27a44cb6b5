import { describe, expect, it } from 'vitest';
import { isLinearShape, regexShape, uniqueSlotCapacity, uniqueSlots } from './regex-shape.js';
import { sqlRegExp } from './sql-regexp.js';

describe('regexShape', () => {
  it('reads classes, ranges, POSIX classes, escapes, groups, alternation and quantifiers', () => {
    expect(regexShape('^[A-Z]{3}-[0-9]{4}$')).toEqual({ kind: 'seq', items: [
      { kind: 'repeat', node: { kind: 'chars', set: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' }, min: 3, max: 3 },
      { kind: 'chars', set: '-' },
      { kind: 'repeat', node: { kind: 'chars', set: '0123456789' }, min: 4, max: 4 },
    ] });
    for (const p of ['[[:digit:]]+', '\\d{2,}\\.\\w?', '(?:ab|c)*x', '[^@]+@[^@]+\\.[a-z]{2,6}', '^1Z[0-9A-Z]{16}$', '[]a-]']) expect(regexShape(p), p).toBeDefined();
  });

  it('is undefined outside the subset', () => {
    for (const p of ['(?=a)b', '(a)\\1', '^[0-9]{5}\\M', 'a{2', '[a', '*a', '[[:foo:]]', 'x{99}']) expect(regexShape(p), p).toBeUndefined();
  });

  it('calls nested repeats and repeated alternations non-linear', () => {
    expect(['(a+)+', '(a|ab)*', '(a*){9}', '((a?)b)+'].map((p) => isLinearShape(regexShape(p)!))).toEqual([false, false, false, false]);
    expect(['a+b*c?', '(ab){2}', '(a|b)c+', '(-[0-9]{4})?', '([A-Z][0-9])+', '([a-z]*)?'].map((p) => isLinearShape(regexShape(p)!))).toEqual([true, true, true, true, true, true]);
  });

  it('lays out one unique form: first options, bounded repeats at their maximum, unbounded at minimum + 4', () => {
    expect(uniqueSlots(regexShape('(A|BC)[0-9]{1,3}x+')!)).toEqual(['A', '0123456789', '0123456789', '0123456789', 'x', 'x', 'x', 'x', 'x']);
    expect(uniqueSlotCapacity(uniqueSlots(regexShape('[A-Z]{2}[0-9]')!))).toBe(26 * 26 * 10);
  });
});

describe('sqlRegExp', () => {
  it('searches anywhere, as SQL does, with POSIX classes and case-insensitivity', () => {
    expect(sqlRegExp('[0-9]{3}', false)?.test('ab123c')).toBe(true);
    expect(sqlRegExp('^[[:upper:]]{2}$', false)?.test('AB')).toBe(true);
    expect(sqlRegExp('^[[:upper:]]{2}$', false)?.test('Ab')).toBe(false);
    expect(sqlRegExp('^bin[0-9]+$', true)?.test('BIN42')).toBe(true);
  });

  it('is undefined for what it does not evaluate: syntax outside the subset and nested repeats', () => {
    expect(sqlRegExp('^[0-9]{5}\\M', false)).toBeUndefined();
    expect(sqlRegExp('^(a+)+$', false)).toBeUndefined();
    expect(sqlRegExp('a]', false)).toBeUndefined();
  });
});
