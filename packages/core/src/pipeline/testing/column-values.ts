import type { GeneratedData, Value } from '../../schema/index.js';

/** Every generated value of one column, in row order (tests only). */
export function columnValues(data: GeneratedData, table: string, column: string): Value[] {
  const t = data.tables.find((d) => d.table.name === table);
  if (!t) throw new Error(`no table ${table} in the generated data`);
  const i = t.table.columns.findIndex((c) => c.name === column);
  return [...t.batches()].flat().map((r) => r[i] ?? null);
}
