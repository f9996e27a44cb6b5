import type { ColumnProfile } from '../report/validation-report.js';

/**
 * What reading one table taught its validator, in a form that crosses threads (plain data
 * and typed arrays): enough for the main thread's validator of the same table to take over
 * (`TableValidator.adopt`) and join keys across tables as if it had read the rows itself.
 */
export interface TableFirstPass {
  readonly table: string;
  readonly rows: number;
  /** True when reading found no violation (otherwise the caller validates the directory itself). */
  readonly clean: boolean;
  /** Per column, in schema order. */
  readonly profiles: readonly ColumnProfile[];
  /** Key fingerprints: PRIMARY KEY/UNIQUE checks, keys only referenced, FOREIGN KEY children. */
  readonly uniques: readonly BigUint64Array[];
  readonly referenced: readonly BigUint64Array[];
  readonly foreignKeys: readonly BigUint64Array[];
  /** Warnings in first-seen order. */
  readonly warnings: readonly string[];
}
