import { beforeAll, describe, expect, it } from 'vitest';
import { tableColumns } from './testing/table-columns.js';

/** Booking-style CHECKs: the later column of an ordered pair within (or beyond) an interval of the earlier. */
const DDL = `CREATE TABLE session (
  id int PRIMARY KEY,
  started_at timestamp NOT NULL,
  ended_at timestamp NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  CHECK (ended_at <= started_at + interval '2 hours'),
  CHECK (end_date >= start_date + interval '3 days')
);`;

const ROWS = 400;
const HOUR = 3_600_000;
let column: (name: string) => unknown[] = () => [];

describe('an interval bound on an ordered pair narrows its gap', () => {
  beforeAll(async () => {
    column = await tableColumns(DDL, ROWS);
  });

  it('ended_at <= started_at + interval \'2 hours\' keeps sessions within two hours (the 1–365 day gap was exit 4)', () => {
    const start = column('started_at') as number[];
    const gaps = (column('ended_at') as number[]).map((v, i) => v - (start[i] as number));
    expect(gaps.every((g) => g >= 0 && g <= 2 * HOUR)).toBe(true);
    expect(new Set(gaps).size).toBeGreaterThan(ROWS / 2);
  });

  it('end_date >= start_date + interval \'3 days\' keeps the gap at least three days', () => {
    const start = column('start_date') as number[];
    expect((column('end_date') as number[]).every((v, i) => v - (start[i] as number) >= 3)).toBe(true);
  });
});
