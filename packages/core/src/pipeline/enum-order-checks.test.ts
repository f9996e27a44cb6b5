import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const DDL = `CREATE TYPE size AS ENUM ('small', 'medium', 'large');
CREATE DOMAIN big_size AS size CHECK (VALUE > 'small');
CREATE TABLE shirts (
  id int PRIMARY KEY,
  sz size NOT NULL CHECK (sz >= 'medium'),
  s2 size CHECK (s2 BETWEEN 'small' AND 'medium'),
  s3 size NOT NULL CHECK (s3 < 'large'::size),
  s4 size NOT NULL CHECK (NOT (s4 <> 'small')),
  s5 big_size NOT NULL
);`;

function values(column: string, ddl = DDL): unknown[] {
  const schema = parseSchema(ddl).schema;
  const t = generate(schema, planFor(schema, { rows: 600 })).tables[0]!;
  const i = t.table.columns.findIndex((c) => c.name === column);
  return [...t.batches()].flat().map((r) => r[i]);
}

describe('CHECKs on a PostgreSQL enum compare labels by their declared order, not as text', () => {
  beforeAll(async () => { await loadParsers(); });

  it("sz >= 'medium' gives medium and large (it gave small: 'small' >= 'medium' as text)", () => {
    expect(new Set(values('sz'))).toEqual(new Set(['medium', 'large']));
  });

  it("BETWEEN 'small' AND 'medium' (it was CHECK_REDRAW_EXHAUSTED: no text is between them)", () => {
    expect(new Set(values('s2').filter((v) => v !== null))).toEqual(new Set(['small', 'medium']));
  });

  it("a label cast to the enum, < 'large'", () => {
    expect(new Set(values('s3'))).toEqual(new Set(['small', 'medium']));
  });

  it('a comparison under NOT, checked by the engine per row', () => {
    expect(new Set(values('s4'))).toEqual(new Set(['small']));
  });

  it("a domain over the enum: VALUE > 'small'", () => {
    expect(new Set(values('s5'))).toEqual(new Set(['medium', 'large']));
  });

  it('a MySQL ENUM compares with a string as text, as MySQL does', () => {
    const mysql = "CREATE TABLE t (id int PRIMARY KEY, sz ENUM('small','medium','large') NOT NULL, CHECK (sz >= 'medium'));";
    expect(new Set(values('sz', mysql))).toEqual(new Set(['small', 'medium']));
  });
});
