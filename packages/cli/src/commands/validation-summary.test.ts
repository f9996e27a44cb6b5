import { loadParsers, parseSchema, unenforcedChecks, validateRows, type ValidationReport } from '@rowforge/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../io.js';
import { printValidation } from './validation-summary.js';

beforeAll(() => loadParsers());

function printed(report: ValidationReport, ddl: string): { out: string[]; err: string[] } {
  const { schema } = parseSchema(ddl, { dialect: 'postgres' });
  const lines = { out: [] as string[], err: [] as string[] };
  const io: Io = { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l), now: () => 0 };
  printValidation(report, unenforcedChecks(schema), 'out', io);
  return lines;
}

function judged(ddl: string, rows: (string | null)[][]): ValidationReport {
  const { schema } = parseSchema(ddl, { dialect: 'postgres' });
  return validateRows(schema, { target: 'postgres', tables: [{ name: 'post', rows: () => rows }] });
}

describe('printValidation', () => {
  it('counts a CHECK the generator warned about instead of warning again', () => {
    const ddl = "CREATE TABLE post (id int PRIMARY KEY, code text CHECK (code ~ '^[0-9]{5}\\M'), n int CHECK (some_fn(n)));";
    const lines = printed(judged(ddl, [['1', '12345', '2']]), ddl);
    expect(lines.out).toEqual(['validation: 0 violations; 2 CHECKs not evaluated (warned above)']);
    expect(lines.err).toEqual([]);
  });

  it('still prints what the validator found at run time about another CHECK of the same domain', () => {
    const ddl = "CREATE DOMAIN zip AS text CHECK (VALUE ~ '^[0-9]{5}\\M') CHECK (VALUE::int > 0); CREATE TABLE post (id int PRIMARY KEY, code zip);";
    const lines = printed(judged(ddl, [['1', 'abcde']]), ddl);
    expect(lines.out).toEqual(['validation: 0 violations; 1 CHECK not evaluated (warned above)']);
    expect(lines.err).toEqual(['rowforge: validation warning: "post" domain zip on code not evaluated: cannot cast "abcde" to int4']);
  });
});
