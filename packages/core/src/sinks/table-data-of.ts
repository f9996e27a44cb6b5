import { RowforgeError } from '../errors/index.js';
import type { GeneratedData, TableData } from '../schema/index.js';

/**
 * The tables of a run in load order (`data.order.tables`).
 *
 * @example
 * ```ts
 * for (const t of tablesInLoadOrder(data)) console.log(t.table.name, t.rowCount)
 * ```
 */
export function tablesInLoadOrder(data: GeneratedData): TableData[] {
  const byName = new Map(data.tables.map((t) => [t.table.name, t]));
  return data.order.tables.map((name) => {
    const t = byName.get(name);
    if (!t) throw new RowforgeError('INTERNAL', `no generated data for table "${name}" of the load order`, { table: name });
    return t;
  });
}
