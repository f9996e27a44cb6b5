import type { Row, Table } from '../../schema/index.js';
import type { ByteWriter } from '../bytes/byte-writer.js';
import type { SqlDialect } from './sql-dialect.js';
import { sqlLiteralFormatter, type SqlLiteral } from './sql-literal.js';

/** A statement is closed once it passes this many bytes, whatever its row count. */
export const MAX_STATEMENT_BYTES = 1 << 20;

/**
 * Streams rows as multi-row `INSERT INTO t (...) VALUES (...), (...);` statements of at
 * most `dialect.maxRowsPerInsert` rows (and about 1 MiB). Columns listed in
 * `nullColumns` (deferred FK columns) are written as NULL.
 *
 * A statement never spans a multiple of `maxRowsPerInsert` in the table's row index
 * (`firstRow` is the index of the first row written), so a table's INSERTs can be written in
 * ranges that start at such a multiple, each by its own writer, and concatenate to the bytes of
 * one writer.
 *
 * @example
 * ```ts
 * const ins = new InsertWriter(table, postgresDialect, writer)
 * for (const batch of data.batches()) ins.writeRows(batch)
 * ins.finish()
 * ```
 */
export class InsertWriter {
  readonly #head: string;
  readonly #cells: readonly SqlLiteral[];
  readonly #w: ByteWriter;
  readonly #max: number;
  #rows = 0;
  #start = 0;
  #next: number;

  constructor(table: Table, dialect: SqlDialect, writer: ByteWriter, nullColumns: readonly number[] = [], firstRow = 0) {
    const cols = table.columns.map((c) => dialect.quoteIdent(c.name)).join(', ');
    this.#head = `INSERT INTO ${dialect.quoteIdent(table.name)} (${cols})${dialect.insertOverriding(table)} VALUES\n`;
    this.#cells = table.columns.map((c, i) => (nullColumns.includes(i) ? () => 'NULL' : sqlLiteralFormatter(c.type, dialect)));
    this.#w = writer;
    this.#max = dialect.maxRowsPerInsert;
    this.#next = firstRow;
  }

  writeRows(rows: readonly Row[]): void {
    for (const row of rows) this.writeRow(row);
  }

  writeRow(row: Readonly<Row>): void {
    const w = this.#w;
    if (this.#rows === 0) { this.#start = w.bytesWritten; w.writeText(this.#head); } else w.writeAscii(',\n');
    w.writeByte(40);
    for (let i = 0; i < this.#cells.length; i++) {
      if (i > 0) w.writeAscii(', ');
      w.writeText((this.#cells[i] as SqlLiteral)(row[i] ?? null));
    }
    w.writeByte(41);
    this.#rows++;
    if (++this.#next % this.#max === 0 || w.bytesWritten - this.#start >= MAX_STATEMENT_BYTES) this.finish();
  }

  /** Ends the open statement, if any. */
  finish(): void {
    if (this.#rows === 0) return;
    this.#w.writeAscii(';\n');
    this.#rows = 0;
  }
}
