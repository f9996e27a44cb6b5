import { textFormatter, type GeneratedData, type Row, type TableData, type TextRow } from '@rowforge/core';

/** Turns one generated row into its cells. */
export type Cells = (row: Row) => TextRow;

/** A table's rows as the text a PostgreSQL CSV would hold (what the store loads). */
export function cellsOf(t: TableData): Cells {
  const fmt = t.table.columns.map((c) => textFormatter(c.type, 'postgres'));
  return (row) => row.map((v, i) => (v === null ? null : (fmt[i] ?? String)(v as never)));
}

/** The validator's `replay`: generates a table's rows again, as cells (its finishing pass, when it needs example rows). */
export function replay(data: GeneratedData): (table: string, row: (cells: TextRow) => void) => void {
  return (name, row) => {
    const t = data.tables.find((x) => x.table.name === name);
    if (!t) return;
    const cells = cellsOf(t);
    for (const batch of t.batches()) for (const r of batch) row(cells(r));
  };
}
