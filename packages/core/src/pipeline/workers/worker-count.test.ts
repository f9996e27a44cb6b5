import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { GeneratedData } from '../../schema/index.js';
import { MIN_ROWS_FOR_WORKERS, workerCount } from './worker-count.js';

/** Only the row counts matter to workerCount. */
const withRows = (...counts: number[]): GeneratedData => ({ tables: counts.map((rowCount) => ({ rowCount })) }) as unknown as GeneratedData;

describe('workerCount', () => {
  it('takes an explicit count as given, and refuses one below 1', () => {
    expect(workerCount(3, withRows(10))).toBe(3);
    expect(() => workerCount(0, withRows(10))).toThrow(/positive integer/);
  });

  it('stays in this thread below MIN_ROWS_FOR_WORKERS rows in all, else one worker per core', () => {
    expect(workerCount(undefined, withRows(MIN_ROWS_FOR_WORKERS / 2, MIN_ROWS_FOR_WORKERS / 2 - 1))).toBe(1);
    expect(workerCount(undefined, withRows(MIN_ROWS_FOR_WORKERS / 2, MIN_ROWS_FOR_WORKERS / 2))).toBe(availableParallelism());
  });

  it('leaves the reserved cores free, but never goes below one', () => {
    const big = withRows(MIN_ROWS_FOR_WORKERS);
    expect(workerCount(undefined, big, 1)).toBe(Math.max(1, availableParallelism() - 1));
    expect(workerCount(undefined, big, 1000)).toBe(1);
    expect(workerCount(2, big, 1000)).toBe(2);
  });
});
