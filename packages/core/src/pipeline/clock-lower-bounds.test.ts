import { beforeAll, describe, expect, it } from 'vitest';
import { generate, unenforcedChecks } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { formatValue } from '../sinks/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { daysFromIso } from '../util/index.js';
import { validateRows } from '../validation/index.js';

const PG = `CREATE TABLE c (id serial PRIMARY KEY,
  d date NOT NULL CHECK (d > CURRENT_DATE - 30),
  seen_at timestamp NOT NULL CHECK (seen_at >= now() - interval '1 day'),
  hired date NOT NULL CHECK (hired BETWEEN CURRENT_DATE - 90 AND '2099-12-31'));
CREATE TABLE w (id serial PRIMARY KEY, d date NOT NULL CHECK (d > CURRENT_DATE - 30), CHECK (d <= CURRENT_DATE));
CREATE TABLE s (id serial PRIMARY KEY, created_at timestamp NOT NULL CHECK (created_at <= now()), expires_at timestamp NOT NULL CHECK (expires_at > now()));`;

const REFERENCE = '2026-01-01';
const DAY_MS = 86_400_000;

function generated(schema: Schema): { name: string; rows: () => string[][] }[] {
  const data = generate(schema, planFor(schema, { rows: 300, referenceDate: REFERENCE }));
  return data.tables.map((t) => {
    const rows = [...t.batches()].flat().map((r) => r.map((v, i) => String(formatValue(v, t.table.columns[i]!.type, 'postgres'))));
    return { name: t.table.name, rows: () => rows };
  });
}

describe('lower bounds set by the clock', () => {
  let schema: Schema;
  let tables: ReturnType<typeof generated>;
  beforeAll(async () => { await loadParsers(); schema = parseSchema(PG).schema; tables = generated(schema); });
  const column = (t: string, i: number): string[] => tables.find((x) => x.name === t)!.rows().map((r) => r[i]!);

  it('are met at the reference date and for two years after it', () => {
    const floor = daysFromIso(REFERENCE) + 730;
    expect(column('c', 1).every((v) => daysFromIso(v) > floor - 30)).toBe(true);
    expect(column('c', 2).every((v) => Date.parse(`${v}Z`) >= (floor - 1) * DAY_MS)).toBe(true);
    expect(column('c', 3).every((v) => daysFromIso(v) >= floor - 90 && v <= '2099-12-31')).toBe(true);
  });

  it('are read ahead also when another column of the table is bounded by the clock from above', () => {
    const floor = daysFromIso(REFERENCE) + 730;
    expect(column('s', 2).every((v) => Date.parse(`${v}Z`) >= floor * DAY_MS)).toBe(true);
    expect(column('s', 1).every((v) => Date.parse(`${v}Z`) <= (daysFromIso(REFERENCE) + 1) * DAY_MS)).toBe(true);
  });

  it('validate with no violations on the reference date and a year after it', () => {
    for (const now of [Date.UTC(2026, 0, 1, 12), Date.UTC(2027, 0, 1, 23)]) {
      const report = validateRows(schema, { target: 'postgres', tables: tables.filter((t) => t.name === 'c') }, { now: new Date(now) });
      expect(report.violationCount).toBe(0);
    }
  });

  it('are no longer warned about as unenforced', () => {
    expect(unenforcedChecks(schema, { referenceDate: REFERENCE, now: Date.UTC(2026, 10, 24) })).toEqual([]);
  });

  it('with an upper bound by the clock too, both are read at the reference date', () => {
    const d = column('w', 1).map(daysFromIso);
    expect(d.every((v) => v > daysFromIso(REFERENCE) - 29 && v <= daysFromIso(REFERENCE))).toBe(true);
    const report = validateRows(schema, { target: 'postgres', tables: tables.filter((t) => t.name === 'w') }, { now: new Date(Date.UTC(2026, 0, 1, 12)) });
    expect(report.violationCount).toBe(0);
  });
});
