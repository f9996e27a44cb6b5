import { baseType, type Column, type Row, type Value } from '../../schema/index.js';
import type { ByteWriter } from '../bytes/byte-writer.js';
import { jsonFormatter, type JsonFormatter } from '../format/json-formatter.js';
import type { Target } from '../target.js';

/** `json`: one array of objects per file; `ndjson`: one object per line. */
export type JsonStyle = 'json' | 'ndjson';

type FieldWriter = (w: ByteWriter, v: Value) => void;

function fieldWriter(column: Column, target: Target): FieldWriter {
  const kind = baseType(column.type).kind;
  if (kind === 'string' || kind === 'enum' || kind === 'uuid') return (w, v) => w.writeText(JSON.stringify(v));
  if (kind === 'int') return (w, v) => w.writeInt(v as number);
  const format: JsonFormatter = jsonFormatter(column.type, target);
  return (w, v) => w.writeText(format(v));
}

/**
 * Streams rows as JSON objects keyed by column name (column order kept). Values follow
 * {@link jsonFormatter}; NULL is `null`. `json` style writes `[`, one object per line
 * separated by commas, `]`; `ndjson` writes one object per line.
 *
 * @example
 * ```ts
 * const enc = new JsonTableEncoder(table.columns, 'postgres', writer, 'ndjson')
 * enc.begin(); for (const b of data.batches()) enc.writeRows(b); enc.end(); writer.flush()
 * ```
 */
export class JsonTableEncoder {
  readonly #keys: readonly string[];
  readonly #fields: readonly FieldWriter[];
  readonly #w: ByteWriter;
  readonly #style: JsonStyle;
  #rows = 0;

  /** `rowsBefore`: rows already in the file ahead of these (a worker encoding a later range). */
  constructor(columns: readonly Column[], target: Target, writer: ByteWriter, style: JsonStyle, rowsBefore = 0) {
    this.#keys = columns.map((c, i) => `${i === 0 ? '{' : ','}${JSON.stringify(c.name)}:`);
    this.#fields = columns.map((c) => fieldWriter(c, target));
    this.#w = writer;
    this.#style = style;
    this.#rows = rowsBefore;
  }

  begin(): void {
    if (this.#style === 'json') this.#w.writeByte(91);
  }

  writeRows(rows: readonly Row[]): void {
    for (const row of rows) this.writeRow(row);
  }

  writeRow(row: Readonly<Row>): void {
    const w = this.#w;
    if (this.#style === 'json') w.writeAscii(this.#rows === 0 ? '\n' : ',\n');
    this.#rows++;
    for (let i = 0; i < this.#fields.length; i++) {
      w.writeText(this.#keys[i] as string);
      const v = row[i];
      if (v === null || v === undefined) w.writeAscii('null');
      else (this.#fields[i] as FieldWriter)(w, v);
    }
    w.writeByte(this.#fields.length === 0 ? 123 : 125);
    if (this.#fields.length === 0) w.writeByte(125);
    if (this.#style === 'ndjson') w.writeByte(10);
  }

  /** Closes the array; `rows` overrides the count when the rows came pre-encoded from elsewhere. */
  end(rows = this.#rows): void {
    if (this.#style === 'json') this.#w.writeAscii(rows === 0 ? ']\n' : '\n]\n');
  }
}
