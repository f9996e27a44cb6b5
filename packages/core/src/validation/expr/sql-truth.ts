import type { SqlValue } from '../values/sql-value.js';
import { NotEvaluableError } from './not-evaluable.js';

/** SQL three-valued truth: TRUE, FALSE or UNKNOWN (`null`). */
export type Truth = boolean | null;

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', 'off', '0']);

/**
 * Reads a value as a truth value: booleans as is, numbers non-zero (MySQL/SQLite style),
 * boolean words; NULL is UNKNOWN.
 *
 * @example
 * ```ts
 * truthOf(null) // null
 * truthOf(2)    // true
 * ```
 */
export function truthOf(v: SqlValue): Truth {
  if (v === null || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const w = v.trim().toLowerCase();
    if (TRUE_WORDS.has(w)) return true;
    if (FALSE_WORDS.has(w)) return false;
    const n = Number(w);
    if (w !== '' && !Number.isNaN(n)) return n !== 0;
  }
  throw new NotEvaluableError(`cannot use ${JSON.stringify(v)} as a truth value`);
}

/** Three-valued AND: FALSE wins, then UNKNOWN. */
export function and3(a: Truth, b: Truth): Truth {
  if (a === false || b === false) return false;
  return a === null || b === null ? null : true;
}

/** Three-valued OR: TRUE wins, then UNKNOWN. */
export function or3(a: Truth, b: Truth): Truth {
  if (a === true || b === true) return true;
  return a === null || b === null ? null : false;
}

/** Three-valued NOT: UNKNOWN stays UNKNOWN. */
export function not3(a: Truth): Truth {
  return a === null ? null : !a;
}
