import { describe, expect, it } from 'vitest';
import { faker } from '@faker-js/faker/locale/en';
import { drawRows, rngAt } from '../internal/test-rng.js';
import { COMMON_FEMALE, COMMON_MALE, COMMON_SURNAMES } from './name-data.js';
import { firstName, fullName, lastName, middleName, sexOf } from './names.js';
import { gender, sex } from './sex.js';

const raw = faker.rawDefinitions.person;
const FEMALE = new Set([...COMMON_FEMALE, ...(raw?.first_name?.female ?? [])]);
const MALE = new Set([...COMMON_MALE, ...(raw?.first_name?.male ?? [])]);

describe('person names', () => {
  it('is deterministic per (stream, row)', () => {
    expect(drawRows(50, (r) => fullName(r))).toEqual(drawRows(50, (r) => fullName(r)));
    expect(drawRows(50, (r) => fullName(r), 'other')).not.toEqual(drawRows(50, (r) => fullName(r)));
  });

  it('draws first names of the requested sex from any vocabulary spelling', () => {
    for (const f of ['F', 'female', 'Woman']) expect(drawRows(500, (r) => firstName(r, f)).every((n) => FEMALE.has(n))).toBe(true);
    for (const m of ['M', 'Male']) expect(drawRows(500, (r) => firstName(r, m)).every((n) => MALE.has(n))).toBe(true);
    expect(sexOf('X')).toBeUndefined();
  });

  it('gives realistic frequencies: common names repeat, with a long tail', () => {
    const names = drawRows(20_000, (r) => firstName(r));
    const distinct = new Set(names).size;
    expect(distinct).toBeGreaterThan(800);
    expect(names.filter((n) => n === 'Mary' || n === 'Michael').length).toBeGreaterThan(100);
    const surnames = drawRows(20_000, (r) => lastName(r));
    expect(surnames.every((s) => COMMON_SURNAMES.includes(s))).toBe(true);
    expect(surnames.filter((s) => s === 'Smith').length).toBeGreaterThan(surnames.filter((s) => s === 'Lynch').length);
  });

  it('builds "First Last" full names and plain middle names', () => {
    for (const n of drawRows(1000, (r) => fullName(r))) expect(n).toMatch(/^[A-Z][A-Za-z'ï-]+ [A-Z][A-Za-z'-]+$/);
    for (const n of drawRows(1000, (r) => middleName(r))) expect(n).toMatch(/^[A-Z][a-z'ï]+$/i);
  });
});

describe('sex and gender', () => {
  it('keeps to the vocabulary with about even binary shares and rare others', () => {
    const vocab = ['M', 'F', 'X'];
    const values = drawRows(20_000, (r) => sex(r, vocab));
    const count = (v: string): number => values.filter((x) => x === v).length;
    expect(count('M') + count('F') + count('X')).toBe(20_000);
    expect(count('F') / 20_000).toBeGreaterThan(0.47);
    expect(count('M') / 20_000).toBeGreaterThan(0.47);
    expect(count('X')).toBeGreaterThan(50);
    expect(count('X')).toBeLessThan(500);
  });

  it('defaults to Female/Male and Female/Male/Non-binary', () => {
    expect(new Set(drawRows(2000, (r) => sex(r)))).toEqual(new Set(['Female', 'Male']));
    expect(new Set(drawRows(20_000, (r) => gender(r)))).toEqual(new Set(['Female', 'Male', 'Non-binary']));
  });

  it('draws uniformly from a vocabulary with no recognisable entries', () => {
    const values = drawRows(3000, (r) => sex(r, ['1', '2', '3']));
    for (const v of ['1', '2', '3']) expect(values.filter((x) => x === v).length).toBeGreaterThan(850);
  });

  it('is deterministic', () => {
    expect(sex(rngAt(7))).toBe(sex(rngAt(7)));
  });
});
