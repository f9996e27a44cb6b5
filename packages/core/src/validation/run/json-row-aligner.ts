import { findColumn, type Table } from '../../schema/index.js';
import type { JsonObjectResult } from '../json/json-object-parser.js';
import type { RowSink } from './row-sink.js';

/**
 * Turns JSON row objects into schema-ordered rows by key (exact, then case-insensitive).
 * A missing key is a `header` finding and its column is skipped for that row; unknown
 * keys are reported once per key; a non-object is a `parse` finding.
 *
 * @example
 * ```ts
 * const a = new JsonRowAligner(table, validator)
 * a.object(parseJsonObject('{"id":1}'), 1)
 * ```
 */
export class JsonRowAligner {
  private row = 0;
  private readonly unknown = new Set<string>();

  constructor(
    private readonly table: Table,
    private readonly sink: RowSink,
  ) {}

  object(parsed: JsonObjectResult, line: number): void {
    this.row++;
    const at = { row: this.row, line };
    if (parsed.error !== undefined) {
      this.sink.problem({ rule: 'parse', constraint: 'json', ...at, message: `row ${this.row} (line ${line}): ${parsed.error}; row skipped` });
      return;
    }
    const cells = this.table.columns.map((c) => this.cell(parsed.fields, c.name, at));
    this.reportUnknownKeys(parsed.fields, at);
    this.sink.row(cells, at);
  }

  private cell(fields: ReadonlyMap<string, string | null>, column: string, at: { row: number; line: number }): string | null | undefined {
    if (fields.has(column)) return fields.get(column);
    for (const [k, v] of fields) if (k.toLowerCase() === column.toLowerCase()) return v;
    this.sink.problem({ rule: 'header', constraint: 'missing key', column, ...at, message: `row ${at.row} (line ${at.line}) has no key "${column}"` });
    return undefined;
  }

  private reportUnknownKeys(fields: ReadonlyMap<string, string | null>, at: { row: number; line: number }): void {
    for (const key of fields.keys()) {
      if (this.unknown.has(key) || findColumn(this.table, key)) continue;
      this.unknown.add(key);
      this.sink.problem({ rule: 'header', constraint: 'unknown key', ...at, message: `row ${at.row} (line ${at.line}) has key "${key}", which is not a column of ${this.table.name}` });
    }
  }
}
