import type { PgBound, PgPartitionKey } from './pg-partition-bound.js';

/** One partition of a parent, as declared (`PARTITION OF` or `ATTACH PARTITION`). */
export interface PgPartition {
  readonly child: string;
  readonly bound: PgBound;
  /** UTF-16 offset of the statement that declares it, for warnings. */
  readonly at: number;
}

/** A partitioned table: its key and the partitions the script declares for it. */
export interface PgPartitioned {
  /** The parent's name as first written. */
  readonly name: string;
  readonly key: PgPartitionKey;
  /** UTF-16 offset of `PARTITION BY`, for warnings. */
  readonly at: number;
  readonly partitions: PgPartition[];
}

const lower = (s: string): string => s.toLowerCase();

/** Partition keys and bounds collected over one script; applied to the parents once it is read. */
export class PgPartitions {
  private readonly parents = new Map<string, PgPartitioned>();

  /** `CREATE TABLE name (...) PARTITION BY ...`. */
  addKey(name: string, key: PgPartitionKey, at: number): void {
    this.parents.set(lower(name), { name, key, at, partitions: [] });
  }

  /** A partition of `parent`; ignored when `parent` has no PARTITION BY in the script. */
  addPartition(parent: string, partition: PgPartition): void {
    this.parents.get(lower(parent))?.partitions.push(partition);
  }

  /** The partitioned tables, in the order their keys were read. */
  all(): readonly PgPartitioned[] {
    return [...this.parents.values()];
  }
}
