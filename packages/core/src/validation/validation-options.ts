import type { Dialect } from '../schema/index.js';
import type { ArrayStyle } from './values/parse-array.js';

/** Options shared by `validateDirectory` and `validateRows`. */
export interface ValidationOptions {
  /** Example rows kept per violation (default 5). */
  readonly maxExamples?: number;
  /** Row counts the caller expects per table (checked in addition to the manifest). */
  readonly expectedRows?: Readonly<Record<string, number>>;
  /** Clock for CURRENT_DATE / NOW() inside CHECKs (default: the current time). */
  readonly now?: Date;
  /** Called as each table's rows have been read (`validateDirectory`), for progress. */
  readonly onTable?: (e: TableProgress) => void;
}

/** Progress of a directory's validation: `tablesDone` of `tables` tables read. */
export interface TableProgress {
  readonly table: string;
  readonly tablesDone: number;
  readonly tables: number;
}

/** Default number of examples per violation. */
export const DEFAULT_MAX_EXAMPLES = 5;

/** Whether a target enforces `VARCHAR(n)`/`CHAR(n)` lengths: SQLite stores any length (its types are affinities). */
export function lengthsEnforced(target: Dialect | undefined): boolean {
  return target !== 'sqlite';
}

/** Which array syntax the text cells of a target use: CSV for PostgreSQL uses `{…}` literals, others JSON. */
export function arrayStyleFor(target: Dialect | undefined, format: 'csv' | 'json' | 'ndjson' | 'rows'): ArrayStyle {
  if (target === undefined || format === 'json' || format === 'ndjson') return 'any';
  return target === 'postgres' ? 'postgres' : 'json';
}
