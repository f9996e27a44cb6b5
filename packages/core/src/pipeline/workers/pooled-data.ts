import type { GeneratedData, TableData } from '../../schema/index.js';
import type { RangePool } from './range-pool.js';

/**
 * The same run with every table's rows encoded by `pool`'s workers: the sinks take the
 * `encoded` fast path and only copy bytes. Everything else (row counts, `batches`) is unchanged.
 */
export function pooledData(data: GeneratedData, pool: RangePool): GeneratedData {
  const attach = (t: TableData): TableData => ({
    table: t.table,
    rowCount: t.rowCount,
    batches: (range) => t.batches(range),
    ...(t.eachRow ? { eachRow: t.eachRow.bind(t) } : {}),
    encoded: (encoding, range) => pool.encoded(t.table.name, encoding, range),
  });
  return { ...data, tables: data.tables.map(attach) };
}
