import { describe, expect, it } from 'vitest';
import { isAnchored, isLinearShape, shapeSource, slotCapacity, uniqueForm } from './regex-forms.js';
import { regexShape } from './regex-shape.js';
import { sqlRegExp } from './sql-regexp.js';

const shape = (p: string) => {
  const s = regexShape(p);
  if (!s) throw new Error(`unread: ${p}`);
  return s;
};

describe('regexShape', () => {
  it('reads classes, ranges, POSIX classes, escapes, groups, alternation, quantifiers and anchors', () => {
    expect(regexShape('^[A-Z]{3}-[0-9]{4}$')).toEqual({ kind: 'seq', items: [
      { kind: 'start' },
      { kind: 'repeat', node: { kind: 'chars', set: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' }, min: 3, max: 3 },
      { kind: 'chars', set: '-' },
      { kind: 'repeat', node: { kind: 'chars', set: '0123456789' }, min: 4, max: 4 },
      { kind: 'end' },
    ] });
    for (const p of ['[[:digit:]]+', '\\d{2,}\\.\\w?', '(?:ab|c)*x', '[^@]+@[^@]+\\.[a-z]{2,6}', '^1Z[0-9A-Z]{16}$', '[]a-]', '^[A-Z]{2}\\-[0-9]+$']) expect(regexShape(p), p).toBeDefined();
  });

  it('is undefined outside the subset and for forms too long to make', () => {
    for (const p of ['(?=a)b', '(a)\\1', '^[0-9]{5}\\M', 'a{2', '[a', '*a', '[[:foo:]]', '[[.-.]]', 'x{999}', 'a{0,3000000000}', '((a{200}){200}){200}', 'a]', '^*']) expect(regexShape(p), p).toBeUndefined();
  });

  it('keeps a character class as one set without repeats', () => {
    expect(shape('[\\w\\d]')).toEqual({ kind: 'seq', items: [{ kind: 'chars', set: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_' }] });
  });
});

describe('isLinearShape', () => {
  it('refuses nested varying repeats and chains of repeats that can split a value many ways', () => {
    for (const p of ['(a+)+', '(a|ab)*', '(a*){9}', '((a?)b)+', '^[a-z]+[a-z]+[a-z]+[0-9]$', 'a?a?a?a?aaaa']) expect(isLinearShape(shape(p)), p).toBe(false);
  });

  it('accepts the patterns IDs, codes and emails use', () => {
    for (const p of ['a+b*c?', '(ab){2}', '^[0-9]{5}(-[0-9]{4})?$', '([A-Z][0-9])+', '^[^@]+@[^@]+\\.[a-z]{2,6}$', '^[A-Z]{3}-[0-9]{3}$', '^bin[[:digit:]]{2,4}$']) expect(isLinearShape(shape(p)), p).toBe(true);
  });
});

describe('uniqueForm', () => {
  it('takes the shortest form with room for the rows, within the length', () => {
    expect(uniqueForm(shape('^[A-Z]+$'), 1000, 3)).toHaveLength(3);
    expect(uniqueForm(shape('^[0-9]{1,30}$'), 50, 30)).toHaveLength(2);
    expect(slotCapacity(uniqueForm(shape('^[A-Z]+$'), 100_000, 3))).toBe(26 ** 3);
    expect(slotCapacity(uniqueForm(shape('^(TBD|[0-9]{8})$'), 500, 20))).toBeGreaterThanOrEqual(500);
    expect(uniqueForm(shape('^[A-Za-z0-9]{2}$'), 10, 2), 'no two values equal without case').toEqual(['ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789']);
    expect(uniqueForm(shape('^[a-z]$'), 10, 1)).toEqual(['abcdefghijklmnopqrstuvwxyz']);
  });
});

describe('sqlRegExp', () => {
  it('searches anywhere, as SQL does, with POSIX classes and case-insensitivity', () => {
    expect(sqlRegExp('[0-9]{3}', false)?.test('ab123c')).toBe(true);
    expect(sqlRegExp('^[[:upper:]]{2}$', false)?.test('AB')).toBe(true);
    expect(sqlRegExp('^[[:upper:]]{2}$', false)?.test('Ab')).toBe(false);
    expect(sqlRegExp('^bin[0-9]+$', true)?.test('BIN42')).toBe(true);
    expect(sqlRegExp('^[A-Z]{2}\\-[0-9]+$', false)?.test('AB-12')).toBe(true);
    expect(sqlRegExp('[:digit:]', false)?.test('g'), 'a bracket of : d i g t, as PostgreSQL reads it').toBe(true);
    expect(sqlRegExp('[:digit:]', false)?.test('5')).toBe(false);
    expect(isAnchored(shape('^a|^b$'))).toBe(false);
    expect(shapeSource(shape('^a.b$'))).toBe('^a[^]b$');
  });

  it('is undefined for what it does not evaluate: syntax outside the subset and non-linear shapes', () => {
    expect(sqlRegExp('^[0-9]{5}\\M', false)).toBeUndefined();
    expect(sqlRegExp('^(a+)+$', false)).toBeUndefined();
    expect(sqlRegExp('a]', false)).toBeUndefined();
  });
});
