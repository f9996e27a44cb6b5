import { baseType, type LogicalType } from '../../schema/index.js';
import { compareSql } from '../expr/sql-compare.js';
import { fingerprint64 } from '../keys/fingerprint.js';
import { clipValue } from '../report/violation-collector.js';
import type { ColumnProfile } from '../report/validation-report.js';
import type { SqlValue } from '../values/sql-value.js';
import { FrequentValues } from './frequent-values.js';
import { HyperLogLog } from './hyperloglog.js';

/** Distinct values counted exactly per column before switching to estimates. */
export const EXACT_DISTINCT_CAP = 4096;
const LONG_VALUE = 100;
const UNORDERED = new Set(['json', 'bytes', 'array', 'boolean']);

interface Extreme {
  readonly text: string;
  readonly value: SqlValue;
}

function orderRank(type: LogicalType): ((v: SqlValue) => SqlValue) | undefined {
  const b = baseType(type);
  if (UNORDERED.has(b.kind)) return undefined;
  if (b.kind !== 'enum') return (v) => v;
  const rank = new Map(b.values.map((label, i) => [label, i]));
  return (v) => (typeof v === 'string' ? rank.get(v) ?? null : null);
}

/**
 * Profiles one column in bounded memory: NULL share, distinct count (exact up to
 * 4096 values, then HyperLogLog), min/max in the type's order (enum: label order) and
 * the five most frequent values.
 *
 * @example
 * ```ts
 * const p = new ColumnProfiler('qty', { kind: 'int', bits: 32 })
 * p.add('3', 3); p.add('1', 1); p.addNull()
 * p.result() // { column: 'qty', nullPercent: 33.3…, distinct: 2, min: '1', max: '3', … }
 * ```
 */
export class ColumnProfiler {
  private nulls = 0;
  private count = 0;
  private hll: HyperLogLog | undefined;
  private readonly freq: FrequentValues;
  private readonly scratch = new Uint32Array(2);
  private readonly rank: ((v: SqlValue) => SqlValue) | undefined;
  private min: Extreme | undefined;
  private max: Extreme | undefined;
  private knownDistinct: number | undefined;
  private adopted: ColumnProfile | undefined;

  constructor(
    readonly column: string,
    type: LogicalType,
    capacity = EXACT_DISTINCT_CAP,
  ) {
    this.rank = orderRank(type);
    this.freq = new FrequentValues(capacity, (values) => this.startEstimating(values));
  }

  addNull(): void {
    this.nulls++;
  }

  /** Counts a non-null cell; `value` is its parsed form, or undefined when it did not parse. */
  add(text: string, value: SqlValue | undefined): void {
    this.count++;
    const key = text.length > LONG_VALUE ? this.longKey(text) : text;
    this.freq.add(key);
    if (this.hll) this.hash(key);
    if (value !== undefined && value !== null && this.rank) this.extremes(text, this.rank(value));
  }

  /** Supplies an exact distinct count found elsewhere (a key's fingerprints), replacing the estimate. */
  setDistinct(n: number): void {
    this.knownDistinct = n;
  }

  /** Takes over the profile another thread made of the same column; `setDistinct` still applies. */
  adopt(profile: ColumnProfile): void {
    this.adopted = profile;
  }

  result(): ColumnProfile {
    const a = this.adopted;
    if (a) return { ...a, distinct: this.knownDistinct ?? a.distinct, distinctApproximate: a.distinctApproximate && this.knownDistinct === undefined };
    const total = this.count + this.nulls;
    const estimated = this.hll !== undefined && this.knownDistinct === undefined;
    return {
      column: this.column,
      count: this.count,
      nullPercent: total === 0 ? 0 : Math.round((this.nulls / total) * 1e6) / 1e4,
      distinct: this.knownDistinct ?? (this.hll ? Math.max(this.hll.estimate(), this.freq.size) : this.freq.size),
      distinctApproximate: estimated,
      min: this.min ? clipValue(this.min.text) : null,
      max: this.max ? clipValue(this.max.text) : null,
      top: this.freq.top(5).map((t) => ({ value: clipValue(t.value), count: t.count })),
      topApproximate: !this.freq.exact,
    };
  }

  private extremes(text: string, value: SqlValue): void {
    if (value === null) return;
    if (!this.min || (compareSql(value, this.min.value) ?? 0) < 0) this.min = { text, value };
    if (!this.max || (compareSql(value, this.max.value) ?? 0) > 0) this.max = { text, value };
  }

  private longKey(text: string): string {
    fingerprint64(text, this.scratch);
    return `${text.slice(0, 80)}…#${this.scratch[0]!.toString(16)}${this.scratch[1]!.toString(16)}`;
  }

  private startEstimating(values: Iterable<string>): void {
    this.hll = new HyperLogLog();
    for (const v of values) this.hash(v);
  }

  private hash(key: string): void {
    fingerprint64(key, this.scratch);
    this.hll!.add(this.scratch[0]!, this.scratch[1]!);
  }
}
