import type { Dialect, Schema } from '../schema/index.js';
import type { ValidationReport } from './report/validation-report.js';
import type { RowSink } from './run/row-sink.js';
import { ValidationRun } from './run/validation-run.js';
import { arrayStyleFor, DEFAULT_MAX_EXAMPLES, lengthsEnforced, type ValidationOptions } from './validation-options.js';

/** One row as text cells in the table's column order; `null` is SQL NULL. */
export type TextRow = readonly (string | null)[];

/** One table's rows for `validateRows`. */
export interface TextTable {
  readonly name: string;
  /**
   * The rows, in order. Called again when example rows are needed for duplicates or
   * orphans, and must then yield the same rows (like `TableData.batches`).
   */
  rows(): Iterable<TextRow>;
}

/** Tables of text rows, as a sink would write them, for in-process validation. */
export interface RowSource {
  /** Dialect whose text forms the cells use (booleans, arrays); any form is accepted when absent. */
  readonly target?: Dialect;
  readonly tables: readonly TextTable[];
}

/** A push-style validator for rows that are not in files (e.g. a tap on a sink). */
export interface RowValidator {
  /** Starts a table; rows then go to `row` in order, and `end` closes it. */
  table(name: string, expectedRows?: number): TableRowFeed;
  /**
   * Finishes and reports. `replay(table, row)` may re-feed a table's rows to find
   * example duplicate/orphan rows; without it those violations carry counts only.
   */
  finish(replay?: (table: string, row: (cells: TextRow) => void) => void): ValidationReport;
}

/** Receives one table's rows. */
export interface TableRowFeed {
  row(cells: TextRow): void;
  end(): void;
}

const IGNORE: TableRowFeed = { row: () => undefined, end: () => undefined };

function feedTo(sink: RowSink, width: number, table: string): (cells: TextRow) => void {
  let n = 0;
  return (cells) => {
    n++;
    if (cells.length === width) { sink.row(cells, { row: n }); return; }
    sink.problem({ rule: 'parse', constraint: 'field count', row: n, message: `row ${n} of ${table} has ${cells.length} cell(s), the table has ${width} column(s); row skipped` });
  };
}

/**
 * Creates a push-style validator: the streaming form of `validateRows`.
 *
 * @example
 * ```ts
 * const v = createRowValidator(schema, { target: 'postgres' })
 * const users = v.table('users', 2)
 * users.row(['1', 'ada@example.com']); users.row(['2', null]); users.end()
 * const report = v.finish()
 * ```
 */
export function createRowValidator(schema: Schema, options: ValidationOptions & { readonly target?: Dialect } = {}): RowValidator {
  const run = new ValidationRun(schema, {
    maxExamples: options.maxExamples ?? DEFAULT_MAX_EXAMPLES,
    now: options.now?.getTime() ?? Date.now(),
    parser: { arrayStyle: arrayStyleFor(options.target, 'rows'), lenientJson: false, lengths: lengthsEnforced(options.target) },
    ...(options.target ? { target: options.target } : {}),
  });
  return {
    table(name, expectedRows) {
      const expected = expectedRows ?? options.expectedRows?.[name];
      const tv = run.beginTable(name, expected === undefined ? {} : { expectedRows: expected });
      if (!tv) return IGNORE;
      return { row: feedTo(tv, tv.table.columns.length, tv.table.name), end: () => tv.end() };
    },
    finish(replay) {
      for (const pass of run.analyse()) {
        const width = run.schema.tables.find((t) => t.name === pass.table)?.columns.length ?? 0;
        replay?.(pass.table, feedTo(pass.sink, width, pass.table));
      }
      return run.report();
    },
  };
}

/**
 * Validates rows given in memory as text cells (the values a sink would write, NULL as
 * `null`) with every check `validateDirectory` makes except header and load order.
 *
 * @example
 * ```ts
 * const report = validateRows(schema, {
 *   target: 'postgres',
 *   tables: [{ name: 'users', rows: () => [['1', 'ada@example.com'], ['1', 'bob@example.com']] }],
 * })
 * report.tables[0].violations[0].rule // 'primary-key-duplicate'
 * ```
 */
export function validateRows(schema: Schema, source: RowSource, options: ValidationOptions = {}): ValidationReport {
  const validator = createRowValidator(schema, { ...options, ...(source.target ? { target: source.target } : {}) });
  const byName = new Map(source.tables.map((t) => [t.name, t]));
  for (const t of source.tables) {
    const feed = validator.table(t.name);
    for (const row of t.rows()) feed.row(row);
    feed.end();
  }
  return validator.finish((table, row) => {
    const t = byName.get(table) ?? source.tables.find((x) => x.name.toLowerCase() === table.toLowerCase());
    if (t) for (const r of t.rows()) row(r);
  });
}
