import type { ForeignKey } from '../../schema/index.js';
import type { KeyEncoder } from '../keys/canonical-key.js';
import type { FingerprintStore } from '../keys/fingerprint-store.js';
import { KeyFingerprints } from '../keys/key-fingerprints.js';
import { mergeJoin } from '../keys/merge-join.js';
import type { ForeignKeyReport } from '../report/validation-report.js';
import type { Cells, RowPosition } from '../run/row-sink.js';
import type { CheckDeps } from './check-deps.js';

/** The parent side of a foreign key once every table was read. */
export interface ParentKeys {
  readonly store: FingerprintStore;
  readonly rows: number;
}

/**
 * Foreign-key orphans and parent coverage. Child keys (rows with a NULL in any FK
 * column are not checked, as MATCH SIMPLE) are fingerprinted, 8 bytes per row; after
 * all tables are read both sides are sorted and merge-joined. A second pass (`visit`)
 * finds example orphan rows by binary search in the parent fingerprints.
 *
 * @example
 * ```ts
 * const fk = new ForeignKeyCheck('orders', fkDef, encoder, deps)
 * rows.forEach((r) => fk.add(r)); fk.analyse({ store: parentStore, rows: 10 })
 * ```
 */
export class ForeignKeyCheck {
  readonly keys: KeyFingerprints;
  private parent: ParentKeys | undefined;
  private orphans = 0;
  private referenced = 0;
  private examples = 0;
  private readonly scratch = new Uint32Array(2);

  constructor(
    private readonly table: string,
    readonly fk: ForeignKey,
    encoder: KeyEncoder,
    private readonly deps: CheckDeps,
    capacity?: number,
  ) {
    this.keys = new KeyFingerprints(encoder, capacity);
  }

  get label(): string {
    return this.fk.name ?? `FOREIGN KEY (${this.fk.columns.join(', ')}) REFERENCES ${this.fk.refTable}`;
  }

  add(cells: Cells): void {
    this.keys.add(cells);
  }

  /** Merge-joins child and parent fingerprints; true when orphans need example rows. */
  analyse(parent: ParentKeys): boolean {
    this.parent = parent;
    this.keys.store.sort();
    parent.store.sort();
    const { unmatched, referenced } = mergeJoin(this.keys.store, parent.store);
    this.orphans = unmatched;
    this.referenced = referenced;
    return this.orphans > 0;
  }

  /** Second pass: records the first few orphan rows with their key values. */
  visit(cells: Cells, at: RowPosition): void {
    if (!this.parent || this.examples >= this.deps.maxExamples) return;
    const key = this.keys.keyOf(cells, this.scratch);
    if (key === null || this.parent.store.has(this.scratch[0]!, this.scratch[1]!)) return;
    this.record(at, this.keys.encoder.describe(cells), this.examples === 0 ? this.orphans : 0);
    this.examples++;
  }

  /** Records the count when no example row was found (no second pass). */
  report(): void {
    if (this.orphans === 0 || this.examples > 0) return;
    this.deps.collector.add({
      ...this.base(),
      message: `${this.orphans} row(s) reference a missing ${this.fk.refTable} key (rows not re-read, so no examples)`,
    }, this.orphans);
  }

  summary(): ForeignKeyReport {
    const rows = this.parent?.rows ?? 0;
    return {
      table: this.table, ...(this.fk.name === undefined ? {} : { constraint: this.fk.name }),
      columns: [...this.fk.columns], refTable: this.fk.refTable, refColumns: [...this.fk.refColumns],
      checked: this.keys.store.length, orphans: this.orphans,
      coverage: rows === 0 ? 0 : Math.round(Math.min(100, (this.referenced / rows) * 100) * 100) / 100,
    };
  }

  private record(at: RowPosition, shown: string, count: number): void {
    const where = `row ${at.row}${at.line === undefined ? '' : ` (line ${at.line})`}`;
    this.deps.collector.add({
      ...this.base(), row: at.row, ...(at.line === undefined ? {} : { line: at.line }), value: shown,
      message: `${where}: (${this.fk.columns.join(', ')}) = (${shown}) has no matching ${this.fk.refTable} (${this.fk.refColumns.join(', ')})`,
    }, count);
  }

  private base(): { rule: 'foreign-key-orphan'; constraint: string; column?: string } {
    return { rule: 'foreign-key-orphan', constraint: this.label, ...(this.fk.columns.length === 1 ? { column: this.fk.columns[0]! } : {}) };
  }
}
