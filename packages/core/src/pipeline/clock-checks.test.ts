import { beforeAll, describe, expect, it } from 'vitest';
import { generate, unenforcedChecks } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { daysFromIso } from '../util/index.js';
import { columnValues } from './testing/column-values.js';

const TSQL = `CREATE TABLE [Employees] (
  [EmployeeID] int NOT NULL PRIMARY KEY,
  [BirthDate] datetime NULL,
  [Born] date NOT NULL,
  [Hired] date NOT NULL,
  CONSTRAINT [CK_Birthdate] CHECK ([BirthDate] < getdate()),
  CONSTRAINT [CK_Born] CHECK ([Born] <= DATEADD(YEAR, -30, GETDATE())),
  CONSTRAINT [CK_Hired] CHECK ([Hired] >= DATEADD(YEAR, -18, GETDATE()))
);`;

const PG = `CREATE TABLE posts (
  id int PRIMARY KEY,
  posted timestamp NOT NULL CHECK (posted <= now() - interval '3 years'),
  joined date NOT NULL CHECK (joined BETWEEN '2000-01-01' AND CURRENT_DATE - 400)
);`;

const SQLITE = `CREATE TABLE ev (id INTEGER PRIMARY KEY, day TEXT NOT NULL CHECK (day <= date('now', '-1 year'))) STRICT;`;

const DAY_MS = 86_400_000;
/** Engine values as epoch days: dates are days, timestamps milliseconds. */
const days = (v: unknown): number => (typeof v === 'number' ? (Math.abs(v) > 1e8 ? Math.floor(v / DAY_MS) : v) : daysFromIso(String(v)));

function values(ddl: string, table: string, column: string, referenceDate?: string): unknown[] {
  const schema = parseSchema(ddl).schema;
  const data = generate(schema, planFor(schema, { rows: 400, ...(referenceDate ? { referenceDate } : {}) }));
  return columnValues(data, table, column).filter((v) => v !== null);
}

describe('upper bounds set by the clock hold at the reference date', () => {
  beforeAll(async () => { await loadParsers(); });

  it('Northwind BirthDate < getdate(), DATEADD(YEAR, -30, GETDATE()): checked by the engine, no warning', () => {
    expect(values(TSQL, 'Employees', 'Born').every((v) => days(v) <= daysFromIso('1996-01-01'))).toBe(true);
    expect(values(TSQL, 'Employees', 'BirthDate').every((v) => days(v) < daysFromIso('2026-01-01'))).toBe(true);
    const warned = unenforcedChecks(parseSchema(TSQL).schema).map((u) => u.label);
    expect(warned).toEqual([]);
  });

  it('a lower bound set by the clock beside upper ones is read at the reference date too', () => {
    const hired = values(TSQL, 'Employees', 'Hired').map(days);
    expect(hired.length).toBeGreaterThan(0);
    expect(hired.every((d) => d >= daysFromIso('2008-01-02'))).toBe(true);
  });

  it("PostgreSQL now() - interval '3 years', BETWEEN … AND CURRENT_DATE - 400", () => {
    expect(values(PG, 'posts', 'posted').every((v) => days(v) < daysFromIso('2023-01-01'))).toBe(true);
    const joined = values(PG, 'posts', 'joined').map(days);
    expect(joined.every((d) => d >= daysFromIso('2000-01-01') && d <= daysFromIso('2026-01-01') - 400)).toBe(true);
  });

  it("SQLite date('now', '-1 year') on a TEXT column gives ISO dates before it (sentences failed every row)", () => {
    const day = values(SQLITE, 'ev', 'day');
    expect(day.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(String(v)) && String(v) <= '2025-01-01')).toBe(true);
  });

  it("the engine reads the clock at the plan's reference date", () => {
    expect(values(PG, 'posts', 'posted', '2020-06-01').every((v) => days(v) <= daysFromIso('2017-06-01'))).toBe(true);
  });

  it('a reference date after today is warned about', () => {
    const schema = parseSchema(TSQL).schema;
    const now = Date.UTC(2026, 10, 24);
    const future = unenforcedChecks(schema, { referenceDate: '2027-01-01', now }).map((u) => u.label);
    expect(future).toEqual(['CHECK CK_Birthdate', 'CHECK CK_Born', 'CHECK CK_Hired']);
    expect(unenforcedChecks(schema, { referenceDate: '2026-01-01', now })).toHaveLength(0);
  });
});
