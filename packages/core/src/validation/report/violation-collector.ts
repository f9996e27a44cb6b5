import type { Violation, ViolationExample, ViolationRule } from './validation-report.js';

/** One finding to record; `value: null` means the cell was NULL. */
export interface Finding {
  readonly rule: ViolationRule;
  readonly column?: string;
  readonly constraint?: string;
  readonly row?: number;
  readonly line?: number;
  readonly value?: string | null;
  readonly message: string;
}

interface Bucket {
  readonly finding: Finding;
  count: number;
  readonly examples: ViolationExample[];
}

const MAX_VALUE_CHARS = 120;

/** Shortens a value for a report (keeps the first 120 characters). */
export function clipValue(value: string): string {
  return value.length <= MAX_VALUE_CHARS ? value : `${value.slice(0, MAX_VALUE_CHARS - 1)}…`;
}

function toExample(f: Finding): ViolationExample {
  const ex: { row?: number; line?: number; value?: string; message: string } = { message: f.message };
  if (f.row !== undefined) ex.row = f.row;
  if (f.line !== undefined) ex.line = f.line;
  if (typeof f.value === 'string') ex.value = clipValue(f.value);
  return ex;
}

/**
 * Aggregates findings of one table per (rule, constraint, column): a count plus the
 * first `maxExamples` examples, so a million bad rows cost one entry.
 *
 * @example
 * ```ts
 * const c = new ViolationCollector('users', 3)
 * c.add({ rule: 'not-null', column: 'email', row: 4, message: 'email is NULL' })
 * c.list()[0].count // 1
 * ```
 */
export class ViolationCollector {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly table: string,
    private readonly maxExamples: number,
  ) {}

  /** Records `count` occurrences (default 1); the finding itself becomes an example if room is left. */
  add(finding: Finding, count = 1): void {
    const key = `${finding.rule}\u0000${finding.constraint ?? ''}\u0000${finding.column ?? ''}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { finding, count: 0, examples: [] };
      this.buckets.set(key, bucket);
    }
    bucket.count += count;
    if (bucket.examples.length < this.maxExamples) bucket.examples.push(toExample(finding));
  }

  /** Total occurrences recorded. */
  get total(): number {
    let n = 0;
    for (const b of this.buckets.values()) n += b.count;
    return n;
  }

  /** The aggregated violations, in first-seen order; buckets with a zero count are dropped. */
  list(): Violation[] {
    return [...this.buckets.values()].filter((b) => b.count > 0).map((b) => this.toViolation(b));
  }

  private toViolation(b: Bucket): Violation {
    const first = b.examples[0] ?? toExample(b.finding);
    const v: Violation = { rule: b.finding.rule, table: this.table, message: first.message, count: b.count, examples: b.examples };
    if (b.finding.column !== undefined) v.column = b.finding.column;
    if (b.finding.constraint !== undefined) v.constraint = b.finding.constraint;
    if (first.row !== undefined) v.row = first.row;
    if (first.line !== undefined) v.line = first.line;
    if (first.value !== undefined) v.value = first.value;
    return v;
  }
}
