import type { Table } from '../../schema/index.js';
import { alignHeader } from '../checks/header-check.js';
import type { CsvRecord } from '../csv/csv-parser.js';
import type { RowSink } from './row-sink.js';

/**
 * Turns CSV records into schema-ordered rows: the first record is the header (checked
 * and used to map columns by name), each later record is one data row. Records with a
 * quoting error or the wrong number of fields are reported as `parse` and skipped.
 *
 * @example
 * ```ts
 * const a = new CsvRowAligner(table, validator)
 * for (const r of parser.push(text)) a.record(r)
 * a.end()
 * ```
 */
export class CsvRowAligner {
  private mapping: readonly number[] | undefined;
  private width = 0;
  private row = 0;

  constructor(
    private readonly table: Table,
    private readonly sink: RowSink,
  ) {}

  record(r: CsvRecord): void {
    if (!this.mapping) { this.header(r); return; }
    this.row++;
    const at = { row: this.row, line: r.line };
    if (r.error !== undefined) {
      this.sink.problem({ rule: 'parse', constraint: 'csv', ...at, message: `row ${this.row} (line ${r.line}): ${r.error}; row skipped` });
    } else if (r.fields.length !== this.width) {
      this.sink.problem({ rule: 'parse', constraint: 'field count', ...at, message: `row ${this.row} (line ${r.line}) has ${r.fields.length} field(s), the header has ${this.width}; row skipped` });
    } else {
      this.sink.row(this.mapping.map((i) => (i < 0 ? undefined : r.fields[i])), at);
    }
  }

  /** Call after the last record; reports a file without even a header. */
  end(): void {
    if (!this.mapping) this.sink.problem({ rule: 'header', constraint: 'header', message: `${this.table.name}: the file is empty (no header row)` });
  }

  private header(r: CsvRecord): void {
    const names = r.fields.map((f) => f ?? '');
    const { mapping, findings } = alignHeader(this.table, names);
    this.mapping = mapping;
    this.width = names.length;
    for (const f of findings) this.sink.problem(f);
  }
}
