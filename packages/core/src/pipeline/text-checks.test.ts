import { beforeAll, describe, expect, it } from 'vitest';
import { tableColumns } from './testing/table-columns.js';

const DDL = `CREATE DOMAIN code2 AS text CHECK (char_length(VALUE) = 2);
CREATE TABLE t (
  id int PRIMARY KEY,
  code text NOT NULL CHECK (length(code) = 3),
  c2 text CHECK (char_length(c2) BETWEEN 2 AND 4),
  x text NOT NULL CHECK (length(x) >= 5),
  y varchar(40) CHECK (length(y) <= 10),
  long_text text CHECK (40 <= length(long_text)),
  tag text NOT NULL UNIQUE CHECK (length(tag) BETWEEN 3 AND 30),
  shout text CHECK (shout = upper(shout)),
  quiet text NOT NULL CHECK (lower(quiet) = quiet),
  cc code2 NOT NULL,
  kind varchar(10) NOT NULL CHECK (kind IN ('a', 'bb', 'ccc', 'Dd') AND length(kind) >= 2 AND kind = lower(kind))
);`;

const ROWS = 600;
let column: (name: string) => unknown[] = () => [];
const texts = (name: string): string[] => column(name).filter((v): v is string => typeof v === 'string');
const lengths = (name: string): number[] => texts(name).map((s) => s.length);

describe('length() and upper()/lower() CHECKs shape the text generated', () => {
  beforeAll(async () => {
    column = await tableColumns(DDL, ROWS);
  });

  it('length(code) = 3 gives three-letter codes (it was CHECK_REDRAW_EXHAUSTED)', () => {
    expect(texts('code')).toHaveLength(ROWS);
    expect(new Set(lengths('code'))).toEqual(new Set([3]));
  });

  it('a nullable column with char_length BETWEEN 2 AND 4 keeps its values (it was NULL in every row)', () => {
    expect(texts('c2').length).toBeGreaterThan(ROWS * 0.8);
    expect(lengths('c2').every((n) => n >= 2 && n <= 4)).toBe(true);
  });

  it('lower and upper bounds on free text, and a bound written the other way round', () => {
    expect(lengths('x').every((n) => n >= 5)).toBe(true);
    expect(lengths('y').every((n) => n <= 10)).toBe(true);
    expect(texts('long_text').length).toBeGreaterThan(ROWS * 0.8);
    expect(lengths('long_text').every((n) => n >= 40)).toBe(true);
  });

  it('a unique column with a length range stays unique and in range', () => {
    expect(new Set(texts('tag')).size).toBe(ROWS);
    expect(lengths('tag').every((n) => n >= 3 && n <= 30)).toBe(true);
  });

  it('shout = upper(shout) and lower(quiet) = quiet (shout was NULL in every row)', () => {
    expect(texts('shout').length).toBeGreaterThan(ROWS * 0.8);
    expect(texts('shout').every((s) => s === s.toUpperCase() && /[A-Z]/.test(s))).toBe(true);
    expect(texts('quiet').every((s) => s === s.toLowerCase() && /[a-z]/.test(s))).toBe(true);
  });

  it("a domain's length CHECK on VALUE", () => {
    expect(new Set(lengths('cc'))).toEqual(new Set([2]));
  });

  it('an IN-list keeps only the values that pass the length and case rules', () => {
    expect(new Set(column('kind'))).toEqual(new Set(['bb', 'ccc']));
  });
});
