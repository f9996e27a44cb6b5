import { findColumn, type Column, type Table } from '../../schema/index.js';
import { CheckConstraintCheck } from '../checks/check-constraint.js';
import type { CheckDeps } from '../checks/check-deps.js';
import { ColumnCheck } from '../checks/column-check.js';
import { ForeignKeyCheck } from '../checks/foreign-key-check.js';
import { RowContext } from '../checks/row-context.js';
import { checkRowCount } from '../checks/row-count-check.js';
import { UniqueKeyCheck } from '../checks/unique-key-check.js';
import { canonicalizer, KeyEncoder } from '../keys/canonical-key.js';
import { KeyFingerprints } from '../keys/key-fingerprints.js';
import type { Finding } from '../report/violation-collector.js';
import type { CellParserOptions } from '../values/cell-parser.js';
import type { SqlValue } from '../values/sql-value.js';
import type { Cells, RowPosition, RowSink } from './row-sink.js';
import type { TableFirstPass } from './table-first-pass.js';

/** What the caller knows about one table before reading it. */
export interface TableExpectations {
  /** Row count the manifest records. */
  readonly manifestRows?: number;
  /** Row count the caller expects (e.g. from the plan). */
  readonly expectedRows?: number;
  /** File the rows come from, for the report. */
  readonly file?: string;
}

/** Key text for a column list: lower-cased names in order. */
export function keySignature(columns: readonly string[]): string {
  return columns.map((c) => c.toLowerCase()).join('\u0000');
}

const MAX_PRESIZE = 1 << 24;

/**
 * Validates one table's rows as they stream past: column checks, table CHECKs, key
 * fingerprints for PK/UNIQUE duplicates, FK children and the keys other tables
 * reference. Cross-row conclusions are drawn later by the ValidationRun.
 *
 * @example
 * ```ts
 * const t = new TableValidator(table, deps, parserOptions, {}, [])
 * t.row(['1', 'a'], { row: 1 }); t.end()
 * ```
 */
export class TableValidator implements RowSink {
  rows = 0;
  readonly columns: ColumnCheck[];
  readonly uniques: UniqueKeyCheck[] = [];
  readonly foreignKeys: ForeignKeyCheck[] = [];
  private readonly checks: CheckConstraintCheck[];
  private readonly referenced = new Map<string, KeyFingerprints>();
  private readonly extraReferenced: KeyFingerprints[] = [];
  private readonly context: RowContext;
  private readonly values: SqlValue[];
  private readonly capacity: number | undefined;

  constructor(
    readonly table: Table,
    readonly deps: CheckDeps,
    parserOptions: CellParserOptions,
    readonly expectations: TableExpectations,
    referencedKeys: readonly (readonly string[])[],
  ) {
    const pk = new Set((table.primaryKey?.columns ?? []).map((c) => findColumn(table, c)?.name));
    this.columns = table.columns.map((c) => new ColumnCheck(table, c, pk.has(c.name), deps, parserOptions));
    this.checks = table.checks.map((c) => new CheckConstraintCheck(table, c, deps));
    this.context = new RowContext(table, deps.target, deps.now);
    this.values = new Array<SqlValue>(table.columns.length).fill(null);
    const rows = expectations.expectedRows ?? expectations.manifestRows;
    this.capacity = rows === undefined ? undefined : Math.min(rows + 1, MAX_PRESIZE);
    this.buildKeys(referencedKeys);
  }

  row(cells: Cells, at: RowPosition): void {
    if (at.row > this.rows) this.rows = at.row;
    for (let i = 0; i < this.columns.length; i++) this.values[i] = this.columns[i]!.check(cells[i], at);
    this.context.values = this.values;
    for (const c of this.checks) c.run(this.context, cells, at);
    for (const u of this.uniques) u.add(cells);
    for (const k of this.extraReferenced) k.add(cells);
    for (const f of this.foreignKeys) f.add(cells);
  }

  problem(finding: Finding): void {
    if (finding.row !== undefined && finding.row > this.rows) this.rows = finding.row;
    this.deps.collector.add(finding);
  }

  /** Call after the last row: checks the row count. */
  end(): void {
    checkRowCount(this.deps.collector, this.rows, this.expectations.manifestRows, 'manifest');
    checkRowCount(this.deps.collector, this.rows, this.expectations.expectedRows, 'expected');
  }

  /** What reading the rows found, to be adopted by this table's validator in another thread. */
  firstPass(): TableFirstPass {
    return {
      table: this.table.name, rows: this.rows, clean: this.deps.collector.list().length === 0,
      profiles: this.columns.map((c) => c.profiler.result()),
      uniques: this.uniques.map((u) => u.keys.store.entries()),
      referenced: this.extraReferenced.map((k) => k.store.entries()),
      foreignKeys: this.foreignKeys.map((f) => f.keys.store.entries()),
      warnings: this.deps.warnings.list(),
    };
  }

  /** Takes over another thread's first pass over this table, in place of reading its rows. */
  adopt(pass: TableFirstPass): void {
    this.rows = pass.rows;
    this.columns.forEach((c, i) => c.profiler.adopt(pass.profiles[i]!));
    this.uniques.forEach((u, i) => u.keys.store.adopt(pass.uniques[i]!));
    this.extraReferenced.forEach((k, i) => k.store.adopt(pass.referenced[i]!));
    this.foreignKeys.forEach((f, i) => f.keys.store.adopt(pass.foreignKeys[i]!));
    pass.warnings.forEach((w) => this.deps.warnings.add(w));
  }

  /** Fingerprints of the key a foreign key references (`refColumns` in the FK's order). */
  referencedKeys(refColumns: readonly string[]): KeyFingerprints | undefined {
    return this.referenced.get(keySignature(this.resolve(refColumns).map((c) => c.name)));
  }

  private buildKeys(referencedKeys: readonly (readonly string[])[]): void {
    const t = this.table;
    if (t.primaryKey) this.addUnique('primary-key-duplicate', t.primaryKey.name ?? 'PRIMARY KEY', t.primaryKey.columns);
    for (const u of t.uniques) this.addUnique('unique-duplicate', u.name ?? `UNIQUE (${u.columns.join(', ')})`, u.columns);
    for (const cols of referencedKeys) this.addReferenced(cols);
    for (const fk of t.foreignKeys) {
      this.foreignKeys.push(new ForeignKeyCheck(t.name, fk, this.encoder(fk.columns), this.deps, this.capacity));
    }
  }

  private addUnique(rule: UniqueKeyCheck['rule'], label: string, columns: readonly string[]): void {
    const names = this.resolve(columns).map((c) => c.name);
    const check = new UniqueKeyCheck(rule, label, names, this.encoder(columns), this.deps, this.capacity);
    this.uniques.push(check);
    if (!this.referenced.has(keySignature(names))) this.referenced.set(keySignature(names), check.keys);
  }

  private addReferenced(columns: readonly string[]): void {
    const signature = keySignature(this.resolve(columns).map((c) => c.name));
    if (this.referenced.has(signature)) return;
    const keys = new KeyFingerprints(this.encoder(columns), this.capacity);
    this.referenced.set(signature, keys);
    this.extraReferenced.push(keys);
  }

  private encoder(columns: readonly string[]): KeyEncoder {
    const cols = this.resolve(columns);
    const indices = cols.map((c) => this.table.columns.indexOf(c));
    return new KeyEncoder(indices, cols.map((c) => canonicalizer(c.type, this.deps.target)));
  }

  private resolve(columns: readonly string[]): Column[] {
    return columns.flatMap((c) => {
      const col = findColumn(this.table, c);
      return col ? [col] : [];
    });
  }
}
