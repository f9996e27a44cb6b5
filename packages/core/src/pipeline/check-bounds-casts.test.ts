import { beforeAll, describe, expect, it } from 'vitest';
import { unenforcedChecks } from '../engine/index.js';
import { parseSchema } from '../sources/index.js';
import { tableColumns } from './testing/table-columns.js';

const DDL = `CREATE TABLE t (
  id int PRIMARY KEY,
  n int NOT NULL,
  m int CHECK (m BETWEEN n AND 10),
  c1 text CHECK (c1::int > 500),
  c2 varchar(3) NOT NULL CHECK (CAST(c2 AS integer) >= 20),
  starts_at timestamp NOT NULL,
  ends_at timestamp NOT NULL CHECK (ends_at <= starts_at + interval '1 day'),
  later timestamp NOT NULL CHECK (later >= starts_at + '2 hours'::interval)
);`;

const ROWS = 500;
let column: (name: string) => unknown[] = () => [];

describe('CHECKs with a column bound, a cast or an interval', () => {
  beforeAll(async () => {
    column = await tableColumns(DDL, ROWS);
  });

  it('m BETWEEN n AND 10 keeps the literal 10 (it was dropped: CHECK_REDRAW_EXHAUSTED)', () => {
    const n = column('n') as number[];
    const m = column('m');
    expect(m.filter((v) => v !== null).length).toBeGreaterThan(ROWS * 0.8);
    expect(m.every((v, i) => v === null || ((v as number) >= (n[i] as number) && (v as number) <= 10))).toBe(true);
  });

  it('a text column cast to int gets numbers that pass (the engine had compared its text)', () => {
    const c1 = column('c1').filter((v) => v !== null).map(Number);
    expect(c1.length).toBeGreaterThan(ROWS * 0.8);
    expect(c1.every((v) => Number.isInteger(v) && v > 500)).toBe(true);
    const c2 = column('c2') as string[];
    expect(c2.every((v) => v.length <= 3 && Number(v) >= 20)).toBe(true);
  });

  it("timestamps plus an interval ('1 day', '2 hours'::interval)", () => {
    const [s, e, l] = [column('starts_at'), column('ends_at'), column('later')] as number[][];
    expect(e!.every((v, i) => v <= s![i]! + 86_400_000)).toBe(true);
    expect(l!.every((v, i) => v >= s![i]! + 7_200_000)).toBe(true);
  });

  it('an interval of months is reported as not enforced', () => {
    const schema = parseSchema("CREATE TABLE s (a date NOT NULL, b date CHECK (b <= a + interval '1 month'));").schema;
    expect(unenforcedChecks(schema).map((u) => u.label)).toEqual(["CHECK (b <= a + interval '1 month')"]);
  });
});
