import { beforeAll, describe, expect, it } from 'vitest';
import { tableColumns } from './testing/table-columns.js';

/** SQLite keeps dates as TEXT; a CHECK comparing such a column with an ISO date makes it dates. */
const DDL = `CREATE TABLE t (
  id integer PRIMARY KEY,
  iso text NOT NULL CHECK (iso >= '2020-01-01'),
  u text NOT NULL UNIQUE CHECK (u > '2021-06-01'),
  b text NOT NULL CHECK (b <= '2010-01-01')
);`;

const ROWS = 500;
let column: (name: string) => unknown[] = () => [];

describe('text columns compared with an ISO date', () => {
  beforeAll(async () => {
    column = await tableColumns(DDL, ROWS);
  });

  it('a lower bound draws dates after it (every row had been the bound itself)', () => {
    const iso = column('iso') as string[];
    expect(iso.every((d) => d >= '2020-01-01')).toBe(true);
    expect(new Set(iso).size).toBeGreaterThan(ROWS / 2);
  });

  it('a unique column stays unique (it was refused, or got duplicates)', () => {
    const u = column('u') as string[];
    expect(new Set(u).size).toBe(ROWS);
    expect(u.every((d) => d > '2021-06-01')).toBe(true);
  });

  it('an upper bound draws dates before it', () => {
    const b = column('b') as string[];
    expect(b.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d <= '2010-01-01')).toBe(true);
  });
});
