import { findTable, type Dialect, type Schema } from '../../schema/index.js';
import { checkLoadOrder, type LoadOrderInput } from '../checks/load-order-check.js';
import type { CheckDeps } from '../checks/check-deps.js';
import { ViolationCollector } from '../report/violation-collector.js';
import type { ForeignKeyReport, TableReport, ValidationReport } from '../report/validation-report.js';
import { WarningLog } from '../report/warning-log.js';
import type { CellParserOptions } from '../values/cell-parser.js';
import type { Cells, RowPosition, RowSink } from './row-sink.js';
import { TableValidator, type TableExpectations } from './table-validator.js';

/** Settings shared by every table of one validation. */
export interface RunOptions {
  readonly maxExamples: number;
  readonly target?: Dialect;
  readonly parser: CellParserOptions;
  /** Clock for CURRENT_DATE / NOW() in CHECKs, epoch milliseconds. */
  readonly now: number;
}

/** A table to read once more; feed its rows to `sink` exactly as in the first pass. */
export interface SecondPass {
  readonly table: string;
  readonly sink: RowSink;
}

class SecondPassSink implements RowSink {
  constructor(private readonly visitors: readonly { visit(cells: Cells, at: RowPosition): void }[]) {}

  row(cells: Cells, at: RowPosition): void {
    for (const v of this.visitors) v.visit(cells, at);
  }

  problem(): void {}
}

/**
 * One validation over many tables: hands out a TableValidator per table, then joins
 * keys across tables (duplicates, FK orphans, coverage), asks for second passes where
 * example rows are needed, and builds the report.
 *
 * @example
 * ```ts
 * const run = new ValidationRun(schema, options)
 * const t = run.beginTable('users', { manifestRows: 2 }); t?.row(['1'], { row: 1 }); t?.end()
 * for (const pass of run.analyse()) replay(pass.table, pass.sink)
 * const report = run.report()
 * ```
 */
export class ValidationRun {
  readonly warnings = new WarningLog();
  private readonly tables = new Map<string, TableValidator>();
  private readonly others = new Map<string, ViolationCollector>();
  private analysed = false;
  private final: ValidationReport | undefined;

  constructor(
    readonly schema: Schema,
    readonly options: RunOptions,
  ) {}

  /** Starts a table; `undefined` (with a warning) when the schema has no such table. */
  beginTable(name: string, expectations: TableExpectations = {}): TableValidator | undefined {
    const table = findTable(this.schema, name);
    if (!table) { this.warnings.add(`table "${name}" is not in the schema; not validated`); return undefined; }
    const existing = this.tables.get(table.name);
    if (existing) return existing;
    const referencing = this.schema.tables.flatMap((t) => t.foreignKeys.filter((fk) => findTable(this.schema, fk.refTable) === table));
    const tv = new TableValidator(table, this.deps(table.name), this.options.parser, expectations, referencing.map((fk) => fk.refColumns));
    this.tables.set(table.name, tv);
    return tv;
  }

  /** Checks the manifest's load order; violations land on the child tables. */
  checkLoadOrder(input: LoadOrderInput): void {
    checkLoadOrder(this.schema, input, (t) => this.collectorFor(t));
  }

  /** Joins keys across tables; returns the tables to read again for example rows. */
  analyse(): SecondPass[] {
    this.analysed = true;
    const passes: SecondPass[] = [];
    for (const tv of this.tables.values()) {
      const visitors = [...tv.uniques.filter((u) => u.analyse()), ...tv.foreignKeys.filter((fk) => this.joinParent(tv, fk))];
      if (visitors.length > 0) passes.push({ table: tv.table.name, sink: new SecondPassSink(visitors) });
    }
    return passes;
  }

  /** The final report (runs `analyse` first if the caller did not). */
  report(): ValidationReport {
    if (this.final) return this.final;
    if (!this.analysed) this.analyse();
    const tables = [...this.tables.values()].map((tv) => this.tableReport(tv));
    for (const [name, c] of this.others) tables.push({ table: name, rows: 0, violations: c.list(), profile: [] });
    const violationCount = tables.reduce((n, t) => n + t.violations.reduce((m, v) => m + v.count, 0), 0);
    this.final = {
      format: 'rowforge.validation', version: 1, ok: violationCount === 0, violationCount, tables,
      foreignKeys: this.foreignKeyReports(), warnings: this.warnings.list(),
    };
    return this.final;
  }

  private joinParent(tv: TableValidator, fk: TableValidator['foreignKeys'][number]): boolean {
    const parentTable = findTable(this.schema, fk.fk.refTable);
    const parent = parentTable ? this.tables.get(parentTable.name) : undefined;
    const keys = parent?.referencedKeys(fk.fk.refColumns);
    if (!parent || !keys) {
      this.warnings.add(`${tv.table.name} ${fk.label} not checked: ${fk.fk.refTable} was not validated`);
      return false;
    }
    return fk.analyse({ store: keys.store, rows: parent.rows });
  }

  private tableReport(tv: TableValidator): TableReport {
    tv.uniques.forEach((u) => u.report());
    this.exactKeyDistincts(tv);
    tv.foreignKeys.forEach((f) => f.report());
    const e = tv.expectations;
    const expected = e.expectedRows ?? e.manifestRows;
    return {
      table: tv.table.name, ...(e.file === undefined ? {} : { file: e.file }), rows: tv.rows,
      ...(expected === undefined ? {} : { expectedRows: expected }),
      violations: tv.deps.collector.list(), profile: tv.columns.map((c) => c.profiler.result()),
    };
  }

  /** Single-column keys whose distinct count is past the profile's exact cap: use the fingerprints. */
  private exactKeyDistincts(tv: TableValidator): void {
    for (const u of tv.uniques) {
      const column = u.columns.length === 1 ? tv.columns.find((c) => c.profiler.column === u.columns[0]) : undefined;
      if (column && column.profiler.result().distinctApproximate) column.profiler.setDistinct(u.distinctKeys);
    }
  }

  private foreignKeyReports(): ForeignKeyReport[] {
    const out: ForeignKeyReport[] = [];
    for (const tv of this.tables.values()) {
      for (const fk of tv.foreignKeys) {
        const parent = findTable(this.schema, fk.fk.refTable);
        if (parent && this.tables.has(parent.name)) out.push(fk.summary());
      }
    }
    return out;
  }

  private collectorFor(name: string): ViolationCollector {
    const table = findTable(this.schema, name);
    const tv = table ? this.tables.get(table.name) : undefined;
    if (tv) return tv.deps.collector;
    let c = this.others.get(name);
    if (!c) { c = new ViolationCollector(table?.name ?? name, this.options.maxExamples); this.others.set(name, c); }
    return c;
  }

  private deps(table: string): CheckDeps {
    const { maxExamples, target, now } = this.options;
    return { collector: new ViolationCollector(table, maxExamples), warnings: this.warnings, maxExamples, now, ...(target ? { target } : {}) };
  }
}
