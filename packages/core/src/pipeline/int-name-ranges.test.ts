import { describe, expect, it } from 'vitest';
import { tableColumns } from './testing/table-columns.js';

const nums = (vs: readonly unknown[]): number[] => vs.filter((v): v is number => typeof v === 'number');

describe('integer columns named for what they count', () => {
  it('draws salaries as yearly pay, attempts and retries as a few', async () => {
    const col = await tableColumns('CREATE TABLE e (id int PRIMARY KEY, salary int NOT NULL, attempts smallint NOT NULL, retries int NOT NULL, pay_small smallint NOT NULL)', 500);
    expect(Math.min(...nums(col('salary')))).toBeGreaterThanOrEqual(32000);
    expect(Math.max(...nums(col('attempts')))).toBeLessThanOrEqual(5);
    expect(Math.max(...nums(col('retries')))).toBeLessThanOrEqual(5);
  });

  it('keeps a salary within a narrow type', async () => {
    const col = await tableColumns('CREATE TABLE e (id int PRIMARY KEY, salary smallint NOT NULL)', 200);
    expect(Math.max(...nums(col('salary')))).toBeLessThanOrEqual(32767);
  });
});
