import type { Row, TableData } from '../../schema/index.js';
import type { ByteWriter } from '../bytes/byte-writer.js';
import type { FileSet, TableFile } from '../bytes/file-set.js';
import { CsvEncoder } from '../csv/csv-encoder.js';
import { tableFileNames } from '../file-names.js';
import { JsonTableEncoder } from '../json/json-table-encoder.js';
import { streamEncoded, streamRows, type ProgressListener } from '../stream-batches.js';
import type { Target } from '../target.js';
import { partSuffix, type Part } from './part.js';

/** One data file per table. */
export type TableFileFormat = 'csv' | 'json' | 'ndjson';

interface Encoder { begin(): void; writeRow(row: Readonly<Row>): void; end(rows: number): void }

function encoderFor(data: TableData, format: TableFileFormat, target: Target, w: ByteWriter, first: boolean): Encoder {
  if (format !== 'csv') return new JsonTableEncoder(data.table.columns, target, w, format);
  const csv = new CsvEncoder(data.table.columns, target, w);
  return { begin: () => { if (first) csv.writeHeader(); }, writeRow: (row) => csv.writeRow(row), end: () => undefined };
}

async function writeOne(data: TableData, files: FileSet, path: string, format: TableFileFormat, target: Target, onProgress?: ProgressListener, part?: Part): Promise<number> {
  const file = files.create(part ? `${path}${partSuffix(part)}` : path);
  const enc = encoderFor(data, format, target, file.writer, (part?.index ?? 0) === 0);
  enc.begin();
  const chunks = data.encoded?.({ format, target }, { start: 0, end: data.rowCount });
  const rows = chunks
    ? await streamEncoded(data, chunks, file.writer, onProgress)
    : await streamRows(data, (row) => enc.writeRow(row), onProgress);
  enc.end(rows);
  file.close();
  return rows;
}

/**
 * Streams each table into its own `<table>.csv|json|ndjson` file of `files`, in the
 * given order, one batch at a time. File names avoid `reserved` names.
 *
 * @example
 * ```ts
 * const tables = await writeTableFiles(tablesInLoadOrder(data), dirFiles, 'csv', 'postgres', ['schema.sql'])
 * ```
 */
export async function writeTableFiles(
  tables: readonly TableData[], files: FileSet, format: TableFileFormat, target: Target,
  reserved: readonly string[] = [], onProgress?: ProgressListener, part?: Part,
): Promise<TableFile[]> {
  const names = tableFileNames(tables.map((t) => t.table.name), `.${format}`, reserved);
  const out: TableFile[] = [];
  for (const t of tables) {
    const file = names.get(t.table.name) as string;
    const rows = await writeOne(t, files, file, format, target, onProgress, part);
    out.push({ name: t.table.name, rows, file: part ? `${file}${partSuffix(part)}` : file });
  }
  return out;
}
