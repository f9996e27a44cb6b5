import { createRowValidator, type GeneratedData, type Row, type RowRange, type RowValidator, type TableData, type ValidationReport } from '@rowforge/core';
import { cellsOf, replay } from './table-cells.js';
import type { TableListener } from './validate-generated.js';

/**
 * A run whose rows are judged as a consumer (the store's loader) reads them: every table's
 * first full walk of `batches()` also feeds core's row validator, so the rows are made once.
 */
export interface ValidationTap {
  /** The run to hand to the consumer: same tables and rows, read through the tap. */
  readonly data: GeneratedData;
  /**
   * The report, filled in place when the last table's walk ends (before the consumer goes on,
   * so before a store commits). Until then a failing report that says validation did not finish.
   */
  readonly report: ValidationReport;
  /** True once every table was read to the end and `report` is complete. */
  readonly finished: boolean;
  /** Tables the validator's finishing pass read again (for example rows of duplicates or orphans). */
  readonly replays: number;
}

function unfinishedReport(): ValidationReport {
  return { format: 'rowforge.validation', version: 1, ok: false, violationCount: 0, tables: [], foreignKeys: [], warnings: ['validation did not finish: not every generated row was read'] };
}

class Tap implements ValidationTap {
  readonly data: GeneratedData;
  readonly report: ValidationReport = unfinishedReport();
  finished = false;
  replays = 0;
  readonly #validator: RowValidator;
  readonly #fed = new Set<string>();

  constructor(private readonly source: GeneratedData, private readonly listener: TableListener) {
    this.#validator = createRowValidator(source.schema, { target: 'postgres' });
    this.data = { ...source, tables: source.tables.map((t, i) => this.#table(t, i)) };
  }

  /** The table without its fast paths (`eachRow`, `encoded`), so every reader goes through `batches`. */
  #table(t: TableData, index: number): TableData {
    return { table: t.table, rowCount: t.rowCount, batches: (range) => this.#batches(t, index, range) };
  }

  #batches(t: TableData, index: number, range?: RowRange): Iterable<readonly Row[]> {
    const whole = range === undefined || (range.start === 0 && range.end >= t.rowCount);
    if (!whole || this.#fed.has(t.table.name)) return t.batches(range);
    this.#fed.add(t.table.name);
    return this.#feed(t, index);
  }

  *#feed(t: TableData, index: number): Generator<readonly Row[]> {
    this.listener.start(t, index);
    const feed = this.#validator.table(t.table.name, t.rowCount);
    const cells = cellsOf(t);
    let done = 0;
    for (const batch of t.batches()) {
      for (const r of batch) feed.row(cells(r));
      done += batch.length;
      this.listener.progress({ table: t.table.name, rowsDone: done, rowCount: t.rowCount });
      yield batch;
    }
    feed.end();
    this.listener.complete(t, done);
    if (this.#fed.size === this.source.tables.length) this.#finish();
  }

  #finish(): void {
    const again = replay(this.source);
    Object.assign(this.report, this.#validator.finish((table, row) => { this.replays++; again(table, row); }));
    this.finished = true;
  }
}

/**
 * Wraps a run so that reading it also validates it (keys, foreign keys, NOT NULL, CHECKs,
 * types, as `validateGenerated` does), calling `listener` as each table is read.
 *
 * @example
 * ```ts
 * const tap = validationTap(generate(schema, plan), listener)
 * await store.datasets.create({ ...meta, validation: () => tap.report, data: tap.data })
 * tap.finished // true: the store read every row once, and the report was saved with them
 * ```
 */
export function validationTap(data: GeneratedData, listener: TableListener): ValidationTap {
  return new Tap(data, listener);
}
