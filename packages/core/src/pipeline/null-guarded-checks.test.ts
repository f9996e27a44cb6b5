import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

const TSQL = `CREATE TABLE [Person] (
  [BusinessEntityID] [int] NOT NULL PRIMARY KEY,
  [PersonType] [nchar](2) NOT NULL,
  [Suffix] [nchar](2) NULL,
  CONSTRAINT [CK_Person_PersonType] CHECK ([PersonType] IS NULL OR [PersonType] IN ('SC', 'VC', 'IN', 'EM', 'SP', 'GC')),
  CONSTRAINT [CK_Person_Suffix] CHECK ([Suffix] IN (N'Jr', N'Sr') OR [Suffix] IS NULL)
);`;

const PG = `CREATE TABLE t (
  id int PRIMARY KEY,
  kind varchar(2) NULL CHECK (kind IS NULL OR kind IN ('a', 'b')),
  n int CHECK (n IS NULL OR n BETWEEN 500 AND 600),
  remark varchar(10) CHECK (remark IS NULL OR length(remark) = 3),
  a int, b int CHECK (a IS NULL OR b > 0)
);`;

function run(ddl: string, table: string) {
  const schema = parseSchema(ddl).schema;
  const plan = planFor(schema, { rows: 500 });
  return { plan: plan.tables[table]!.columns, data: generate(schema, plan) };
}

describe('col IS NULL OR <condition on col> compiles as the condition (the NULLs are the nullRate)', () => {
  beforeAll(async () => { await loadParsers(); });

  it('AdventureWorks: a NOT NULL column draws from the IN list (it was CHECK_REDRAW_EXHAUSTED)', () => {
    const { plan, data } = run(TSQL, 'Person');
    expect(plan.PersonType).toMatchObject({ generator: 'enum', values: ['SC', 'VC', 'IN', 'EM', 'SP', 'GC'] });
    expect(new Set(columnValues(data, 'Person', 'PersonType'))).toEqual(new Set(['SC', 'VC', 'IN', 'EM', 'SP', 'GC']));
  });

  it("a nullable column, N'..' literals, IS NULL second: values from the list, not all NULL", () => {
    const { data } = run(TSQL, 'Person');
    const values = columnValues(data, 'Person', 'Suffix');
    expect(new Set(values.filter((v) => v !== null))).toEqual(new Set(['Jr', 'Sr']));
    expect(values.filter((v) => v === null).length).toBeLessThan(values.length / 2);
  });

  it('ranges and lengths behind IS NULL OR', () => {
    const { plan, data } = run(PG, 't');
    expect(plan.kind).toMatchObject({ generator: 'enum', values: ['a', 'b'] });
    expect(plan.n).toMatchObject({ min: 500, max: 600 });
    const codes = columnValues(data, 't', 'remark').filter((v) => v !== null);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => String(c).length === 3)).toBe(true);
  });

  it('a condition on another column is not compiled as one on the tested column', () => {
    const { plan } = run(PG, 't');
    expect(plan.b).toEqual(planFor(parseSchema(PG.replace('CHECK (a IS NULL OR b > 0)', '')).schema, { rows: 500 }).tables.t!.columns.b);
  });

  it("an IN-list is not cut down to an enum guessed from the name and default (status DEFAULT 'active')", () => {
    const ddl = "CREATE TABLE p (id int PRIMARY KEY, status varchar(12) NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'retired')));";
    expect(run(ddl, 'p').plan.status).toMatchObject({ generator: 'enum', values: ['draft', 'active', 'retired'] });
  });
});
