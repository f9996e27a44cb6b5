import type { KeyEncoder } from '../keys/canonical-key.js';
import { fingerprintBig } from '../keys/fingerprint.js';
import { KeyFingerprints } from '../keys/key-fingerprints.js';
import type { Cells, RowPosition } from '../run/row-sink.js';
import type { CheckDeps } from './check-deps.js';

interface Occurrence {
  readonly at: RowPosition;
  readonly key: string;
  readonly shown: string;
}

const MAX_GROUP = 64;

/**
 * Compares the real key texts of rows that share a fingerprint: rows repeating an
 * earlier key are duplicates (paired with the first); different keys are collisions.
 */
function confirmGroups(groups: Iterable<readonly Occurrence[]>): { examples: [Occurrence, Occurrence][]; collisions: number } {
  const examples: [Occurrence, Occurrence][] = [];
  let collisions = 0;
  for (const group of groups) {
    const firstByKey = new Map<string, Occurrence>();
    for (const o of group) {
      const first = firstByKey.get(o.key);
      if (first) examples.push([o, first]);
      else firstByKey.set(o.key, o);
    }
    collisions += Math.max(0, firstByKey.size - 1);
  }
  return { examples, collisions };
}

/**
 * PRIMARY KEY or UNIQUE duplicates, in memory bounded by 8 bytes per row: key
 * fingerprints are collected, sorted and scanned for equal neighbours. A second pass
 * (`visit`) re-reads the rows of the first few duplicated fingerprints to confirm them
 * on the real key text (discarding hash collisions) and to report example rows.
 *
 * @example
 * ```ts
 * const pk = new UniqueKeyCheck('primary-key-duplicate', 'PRIMARY KEY', ['id'], encoder, deps)
 * rows.forEach((r) => pk.add(r)); if (pk.analyse()) rows.forEach((r, i) => pk.visit(r, { row: i + 1 }))
 * pk.report()
 * ```
 */
export class UniqueKeyCheck {
  readonly keys: KeyFingerprints;
  private duplicates = 0;
  private readonly groups = new Map<bigint, Occurrence[]>();
  private readonly scratch = new Uint32Array(2);
  private visited = false;

  constructor(
    readonly rule: 'primary-key-duplicate' | 'unique-duplicate',
    readonly label: string,
    readonly columns: readonly string[],
    encoder: KeyEncoder,
    private readonly deps: CheckDeps,
    capacity?: number,
  ) {
    this.keys = new KeyFingerprints(encoder, capacity);
  }

  add(cells: Cells): void {
    this.keys.add(cells);
  }

  /** Sorts and counts duplicates; true when a second pass over the rows is wanted. */
  analyse(): boolean {
    const s = this.keys.store;
    s.sort();
    for (let i = 1; i < s.length; i++) {
      if (!s.equalAt(i, i - 1)) continue;
      this.duplicates++;
      const first = i === 1 || !s.equalAt(i - 1, i - 2);
      if (first && this.groups.size < this.deps.maxExamples) this.groups.set(fingerprintBig(s.hiAt(i), s.loAt(i)), []);
    }
    return this.duplicates > 0;
  }

  /** Distinct non-NULL keys (after `analyse`): exact up to 64-bit fingerprint collisions. */
  get distinctKeys(): number {
    return this.keys.store.length - this.duplicates;
  }

  /** Second pass: remembers the rows whose key fingerprint is one of the sampled duplicates. */
  visit(cells: Cells, at: RowPosition): void {
    this.visited = true;
    const key = this.keys.keyOf(cells, this.scratch);
    if (key === null) return;
    const group = this.groups.get(fingerprintBig(this.scratch[0]!, this.scratch[1]!));
    if (group && group.length < MAX_GROUP) group.push({ at, key, shown: this.keys.encoder.describe(cells) });
  }

  /** Records the violation (count plus confirmed examples). */
  report(): void {
    if (this.duplicates === 0) return;
    if (!this.visited) { this.reportUnconfirmed(); return; }
    const { examples, collisions } = confirmGroups(this.groups.values());
    if (collisions > 0) this.deps.warnings.add(`${collisions} fingerprint collision(s) in ${this.deps.collector.table} ${this.label} were confirmed not to be duplicates`);
    this.record(examples, this.duplicates - collisions);
  }

  private record(examples: [Occurrence, Occurrence][], count: number): void {
    if (count <= 0) return;
    if (examples.length === 0) { this.reportUnconfirmed(count); return; }
    examples.slice(0, this.deps.maxExamples).forEach(([dup, first], i) => {
      const where = `row ${dup.at.row}${dup.at.line === undefined ? '' : ` (line ${dup.at.line})`}`;
      this.deps.collector.add({
        ...this.base(), row: dup.at.row, ...(dup.at.line === undefined ? {} : { line: dup.at.line }), value: dup.shown,
        message: `${where}: duplicate ${this.label} (${this.columns.join(', ')}) = (${dup.shown}), first seen at row ${first.at.row}`,
      }, i === 0 ? count : 0);
    });
  }

  private reportUnconfirmed(count = this.duplicates): void {
    this.deps.collector.add({
      ...this.base(),
      message: `${count} row(s) repeat a ${this.label} (${this.columns.join(', ')}) key (rows not re-read, so no examples)`,
    }, count);
  }

  private base(): { rule: UniqueKeyCheck['rule']; constraint: string; column?: string } {
    return { rule: this.rule, constraint: this.label, ...(this.columns.length === 1 ? { column: this.columns[0]! } : {}) };
  }
}
