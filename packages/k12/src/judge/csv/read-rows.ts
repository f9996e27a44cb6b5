import { existsSync } from 'node:fs';
import { CsvRow, indexColumns, type ColumnIndex } from './csv-row.js';
import { readCsvRecords } from './read-csv-records.js';

/** Streams a file's data rows by column name, with no checks (for a second pass over a file already judged). */
export async function* readRows(path: string): AsyncGenerator<CsvRow> {
  if (!existsSync(path)) return;
  let columns: ColumnIndex | undefined;
  let row = 0;
  for await (const record of readCsvRecords(path)) {
    if (columns === undefined) columns = indexColumns(record.fields);
    else yield new CsvRow(++row, record.fields, columns);
  }
}
