import type { Table } from '../../schema/index.js';
import { decodeUtf8, type ByteSource } from '../io/byte-source.js';
import { readFailure } from '../io/read-failure.js';
import { CsvRowAligner } from '../run/csv-row-aligner.js';
import type { RowSink } from '../run/row-sink.js';
import { CsvParser } from './csv-parser.js';

/**
 * Streams a CSV table file into a row sink: header checked, records aligned to the
 * schema's column order. Memory is bounded by one chunk plus the longest record.
 *
 * @example
 * ```ts
 * await readCsvTable(fileSource('/out/users.csv', 'users.csv'), usersTable, validator)
 * ```
 */
export async function readCsvTable(source: ByteSource, table: Table, sink: RowSink): Promise<void> {
  const parser = new CsvParser();
  const aligner = new CsvRowAligner(table, sink);
  try {
    for await (const text of decodeUtf8(source.open())) for (const r of parser.push(text)) aligner.record(r);
  } catch (e) {
    readFailure(e, source, sink);
  }
  for (const r of parser.end()) aligner.record(r);
  aligner.end();
}
