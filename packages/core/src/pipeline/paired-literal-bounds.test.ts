import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { formatValue } from '../sinks/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows } from '../validation/index.js';

const DDL = `
CREATE TABLE p (id serial PRIMARY KEY, created_at timestamp NOT NULL,
  expires_at timestamp NOT NULL CHECK (expires_at >= '2037-06-01'), CHECK (expires_at > created_at));
CREATE TABLE a (id serial PRIMARY KEY, created_at timestamp NOT NULL,
  expires_at timestamp NOT NULL, CHECK (expires_at > created_at), CHECK (expires_at >= '2023-06-01'));
CREATE TABLE b (id serial PRIMARY KEY, ordered_at date NOT NULL,
  shipped_at date NOT NULL CHECK (shipped_at <= '2020-01-01'), CHECK (shipped_at > ordered_at));
CREATE TABLE c (id serial PRIMARY KEY, ordered_at timestamp NOT NULL,
  shipped_at timestamp NOT NULL CHECK (shipped_at < '2024-03-01'), CHECK (shipped_at >= ordered_at));
CREATE TABLE e (id serial PRIMARY KEY, starts date NOT NULL,
  ends date NOT NULL CHECK (ends BETWEEN '2024-01-01' AND '2024-02-01'), CHECK (ends > starts));
CREATE TABLE f (id serial PRIMARY KEY, starts timestamp NOT NULL CHECK (starts <= '2019-01-01'),
  ends timestamp NOT NULL, CHECK (ends > starts));
CREATE TABLE g (id serial PRIMARY KEY, starts date NOT NULL,
  ends date NOT NULL CHECK (ends BETWEEN '2040-01-01' AND '2040-01-03'), CHECK (ends > starts));
CREATE TABLE h (id serial PRIMARY KEY, starts date NOT NULL, ends date NOT NULL CHECK (ends = '2024-05-05'), CHECK (ends > starts));
CREATE TABLE v (id serial PRIMARY KEY, valid_from date NOT NULL CHECK (valid_from > '2030-01-01'),
  valid_to date NOT NULL CHECK (valid_to > valid_from) CHECK (valid_to < '2030-03-01'));`;

/** Each table's rows as PostgreSQL text, by column name. */
function rowsOf(schema: Schema): Map<string, Record<string, string>[]> {
  const data = generate(schema, planFor(schema, { rows: 300 }));
  return new Map(data.tables.map((t) => [t.table.name, [...t.batches()].flat().map((r) =>
    Object.fromEntries(r.map((v, i) => [t.table.columns[i]!.name, String(formatValue(v, t.table.columns[i]!.type, 'postgres'))])))]));
}

describe('literal bounds on a date or timestamp column that follows another', () => {
  let schema: Schema;
  let rows: Map<string, Record<string, string>[]>;
  beforeAll(async () => { await loadParsers(); schema = parseSchema(DDL).schema; rows = rowsOf(schema); });
  const all = (t: string, ok: (r: Record<string, string>) => boolean): boolean => (rows.get(t) ?? []).length === 300 && (rows.get(t) ?? []).every(ok);

  it('a lower bound past the earlier column: drawn from the bound (had exhausted its redraws)', () => {
    expect(all('p', (r) => r.expires_at! >= '2037-06-01' && r.expires_at! > r.created_at!)).toBe(true);
  });

  it('a lower bound within the earlier range, declared after the pair', () => {
    expect(all('a', (r) => r.expires_at! >= '2023-06-01' && r.expires_at! > r.created_at!)).toBe(true);
  });

  it('an upper bound on the later column: the earlier one ends before it, with room for gaps', () => {
    expect(all('b', (r) => r.shipped_at! <= '2020-01-01' && r.shipped_at! > r.ordered_at!)).toBe(true);
    expect(new Set(rows.get('b')?.map((r) => Date.parse(r.shipped_at!) - Date.parse(r.ordered_at!))).size).toBeGreaterThan(2);
    expect(all('c', (r) => r.shipped_at! < '2024-03-01' && r.shipped_at! >= r.ordered_at!)).toBe(true);
  });

  it('BETWEEN on the later column, within, past, and on one day', () => {
    expect(all('e', (r) => r.ends! >= '2024-01-01' && r.ends! <= '2024-02-01' && r.ends! > r.starts!)).toBe(true);
    expect(all('g', (r) => r.ends! >= '2040-01-01' && r.ends! <= '2040-01-03' && r.ends! > r.starts!)).toBe(true);
    expect(all('h', (r) => r.ends === '2024-05-05' && r.starts! < '2024-05-05')).toBe(true);
  });

  it('an upper bound on the earlier column', () => {
    expect(all('f', (r) => r.starts! <= '2019-01-01' && r.ends! > r.starts!)).toBe(true);
  });

  it('bounds on both columns: the earlier keeps its own lower bound, the name\'s one-year gap gives way', () => {
    expect(all('v', (r) => r.valid_from! > '2030-01-01' && r.valid_to! < '2030-03-01' && r.valid_to! > r.valid_from!)).toBe(true);
  });

  it('validation finds no violations', () => {
    const source = { target: 'postgres' as const, tables: [...rows].map(([name, rs]) => ({ name, rows: () => rs.map((r) => Object.values(r)) })) };
    expect(validateRows(schema, source).violationCount).toBe(0);
  });
});
