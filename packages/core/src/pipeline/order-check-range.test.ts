import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const DDL = `CREATE TABLE payment (
  id int PRIMARY KEY,
  amount numeric(5,2) NOT NULL,
  min_amt numeric(5,2) NOT NULL,
  CHECK (amount >= min_amt)
);`;

describe('a column-to-column CHECK keeps the later column within its type', () => {
  beforeAll(async () => { await loadParsers(); });

  it('amount >= min_amt in NUMERIC(5,2) stays at most 999.99 (it had gone past it)', () => {
    const schema = parseSchema(DDL).schema;
    const data = generate(schema, planFor(schema, { rows: 2000 }));
    const rows = [...(data.tables[0]?.batches() ?? [])].flat();
    const cols = data.tables[0]!.table.columns.map((c) => c.name);
    const [amount, minAmt] = [cols.indexOf('amount'), cols.indexOf('min_amt')];
    expect(rows).toHaveLength(2000);
    expect(rows.every((r) => Number(r[amount]) <= 999.99 && Number(r[amount]) >= Number(r[minAmt]))).toBe(true);
  });
});
