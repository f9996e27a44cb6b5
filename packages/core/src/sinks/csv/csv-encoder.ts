import type { Column, Row } from '../../schema/index.js';
import { MemorySink } from '../bytes/byte-sink.js';
import { ByteWriter } from '../bytes/byte-writer.js';
import type { Target } from '../target.js';
import { csvCellWriter, type CsvCellWriter } from './csv-cell-writer.js';
import { writeCsvText } from './csv-text.js';

const COMMA = 44;
const LF = 10;

/**
 * Streams rows as RFC 4180 CSV into a {@link ByteWriter}: a header row of column
 * names, LF line ends, fields quoted only when needed, NULL as an empty unquoted
 * field and the empty string as `""` (the convention PostgreSQL `COPY ... CSV` reads).
 * See docs/decisions/0003-csv-encoder.md.
 *
 * @example
 * ```ts
 * const enc = new CsvEncoder(table.columns, 'postgres', writer)
 * enc.writeHeader()
 * for (const batch of tableData.batches()) enc.writeRows(batch)
 * writer.flush()
 * ```
 */
export class CsvEncoder {
  readonly #columns: readonly Column[];
  readonly #cells: readonly CsvCellWriter[];
  readonly #w: ByteWriter;

  constructor(columns: readonly Column[], target: Target, writer: ByteWriter) {
    this.#columns = columns;
    this.#cells = columns.map((c) => csvCellWriter(c.type, target));
    this.#w = writer;
  }

  writeHeader(): void {
    this.#columns.forEach((c, i) => {
      if (i > 0) this.#w.writeByte(COMMA);
      writeCsvText(this.#w, c.name);
    });
    this.#w.writeByte(LF);
  }

  writeRows(rows: readonly Row[]): void {
    for (const row of rows) this.writeRow(row);
  }

  writeRow(row: Readonly<Row>): void {
    const w = this.#w;
    const cells = this.#cells;
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) w.writeByte(COMMA);
      const v = row[i];
      if (v !== null && v !== undefined) (cells[i] as CsvCellWriter)(w, v);
    }
    w.writeByte(LF);
  }
}

/**
 * Encodes a whole (small) table to CSV text, header included. For tests and previews;
 * sinks stream through {@link CsvEncoder} instead.
 *
 * @example
 * ```ts
 * encodeCsv([{ name: 'a', type: { kind: 'string', variant: 'text' }, nullable: true }], [[null], ['']], 'postgres')
 * // 'a\n\n""\n'
 * ```
 */
export function encodeCsv(columns: readonly Column[], rows: readonly Row[], target: Target): string {
  const sink = new MemorySink();
  const writer = new ByteWriter(sink);
  const enc = new CsvEncoder(columns, target, writer);
  enc.writeHeader();
  enc.writeRows(rows);
  writer.flush();
  return sink.text();
}
