import { existsSync } from 'node:fs';
import { readCsvRecords } from '../csv/read-csv-records.js';
import { CsvRow, indexColumns, type ColumnIndex } from '../csv/csv-row.js';
import type { FileFindings, FindingSink } from '../finding-sink.js';
import { headerProblem } from './check-header.js';
import type { TableSpec } from './table-spec.js';

/** What a scan learnt about a file. */
export interface TableScan {
  readonly present: boolean;
  readonly columns: ColumnIndex;
  readonly rows: number;
}

/** One file to scan: where it is, how findings name it, and its spec. */
export interface TableSource {
  readonly path: string;
  readonly file: string;
  readonly spec: TableSpec;
}

/** Called with each data row after the per-row rules ran; `report` files findings against this file. */
export type RowVisitor = (row: CsvRow, report: FileFindings) => void;

/**
 * Streams a file and applies its spec: header, CSV syntax, row width, required fields, cell
 * vocabularies and formats. Cross-file rules run in `visit`. A missing file is not reported here.
 */
export async function scanTable(source: TableSource, sink: FindingSink, visit?: RowVisitor): Promise<TableScan> {
  if (!existsSync(source.path)) return { present: false, columns: new Map(), rows: 0 };
  sink.filesChecked++;
  const report = sink.forFile(source.file);
  let columns: ColumnIndex | undefined;
  let width = 0;
  let rows = 0;
  for await (const record of readCsvRecords(source.path)) {
    if (columns === undefined) {
      columns = indexColumns(record.fields);
      width = record.fields.length;
      checkHeader(record.fields, source.spec, report);
      continue;
    }
    rows++;
    const row = new CsvRow(rows, record.fields, columns);
    checkShape(record.fields, width, record.error, row.row, report);
    checkCells(row, source.spec, report);
    visit?.(row, report);
  }
  if (columns === undefined) report(0, 'header-mismatch', 'the file is empty; a header row is required');
  sink.rowsChecked += rows;
  return { present: true, columns: columns ?? new Map(), rows };
}

function checkHeader(header: readonly (string | null)[], spec: TableSpec, report: FileFindings): void {
  const problem = headerProblem(header, spec);
  if (problem) report(0, 'header-mismatch', problem, header.map((h) => h ?? '').join(','));
}

function checkShape(fields: readonly (string | null)[], width: number, error: string | undefined, row: number, report: FileFindings): void {
  if (error !== undefined) report(row, 'csv-syntax', error);
  if (fields.length !== width) report(row, 'row-width', `row has ${fields.length} fields but the header has ${width}`);
}

function checkCells(row: CsvRow, spec: TableSpec, report: FileFindings): void {
  for (const column of spec.required) {
    if (row.has(column) && row.get(column).trim() === '') report(row.row, 'missing-required-field', `required field ${column} is blank`);
  }
  for (const [column, check] of Object.entries(spec.cells)) {
    const value = row.get(column);
    if (value === '') continue;
    const problem = check(value);
    if (problem) report(row.row, problem.rule, `${column}: ${problem.message}`, value);
  }
}
