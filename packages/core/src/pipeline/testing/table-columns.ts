import { generate } from '../../engine/index.js';
import { planFor } from '../../plan/index.js';
import type { Value } from '../../schema/index.js';
import { loadParsers, parseSchema } from '../../sources/index.js';

/**
 * Generates the first table of `ddl` at `rows` rows with the inferred plan and returns a lookup of
 * each column's values in row order (tests only).
 */
export async function tableColumns(ddl: string, rows: number): Promise<(column: string) => Value[]> {
  await loadParsers();
  const schema = parseSchema(ddl).schema;
  const t = generate(schema, planFor(schema, { rows })).tables[0];
  if (!t) throw new Error('the DDL declares no table');
  const names = t.table.columns.map((c) => c.name);
  const all = [...t.batches()].flat();
  return (column) => {
    const i = names.indexOf(column);
    return all.map((r) => r[i] ?? null);
  };
}
