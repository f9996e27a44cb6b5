import { parseTemporal } from '../values/parse-temporal.js';
import { CellProblem, isTemporal, type SqlTemporal, type SqlValue } from '../values/sql-value.js';
import { NotEvaluableError } from './not-evaluable.js';
import { truthOf } from './sql-truth.js';
import { compareNumbers } from '../../util/index.js';

const DAY_MS = 86_400_000;
const NUMERIC_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** A number from a number, boolean or numeric string; undefined otherwise. */
export function toNumber(v: SqlValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && NUMERIC_TEXT.test(v)) return Number(v);
  return undefined;
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** A time literal as written in a CHECK may leave out the seconds (`'06:00'`, `'9:30'`), as SQL allows. */
const SHORT_TIME = /^\d{1,2}:\d{2}$/;

function literalText(v: string, like: SqlTemporal): string {
  const s = v.trim();
  return like.temporal === 'time' && SHORT_TIME.test(s) ? `${s.padStart(5, '0')}:00` : s;
}

function asTemporal(v: SqlValue, like: SqlTemporal): SqlTemporal {
  if (isTemporal(v)) return v;
  if (typeof v === 'string') {
    const t = parseTemporal(like.temporal, literalText(v, like));
    if (!(t instanceof CellProblem)) return t;
  }
  throw new NotEvaluableError(`cannot compare a ${like.temporal} with ${JSON.stringify(v)}`);
}

function temporalMs(t: SqlTemporal): number {
  return t.temporal === 'date' ? t.value * DAY_MS : t.value;
}

function compareTemporal(a: SqlValue, b: SqlValue): number {
  const ta = asTemporal(a, isTemporal(a) ? a : (b as SqlTemporal));
  const tb = asTemporal(b, ta);
  if (ta.temporal === tb.temporal) return compareNumbers(ta.value, tb.value);
  if (ta.temporal === 'time' || tb.temporal === 'time') throw new NotEvaluableError('cannot compare a time with a date');
  return compareNumbers(temporalMs(ta), temporalMs(tb));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  return sign(Buffer.compare(a, b));
}

function compareArrays(a: readonly SqlValue[], b: readonly SqlValue[]): number | null {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareSql(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return sign(a.length - b.length);
}

function compareScalars(a: SqlValue, b: SqlValue): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' || typeof b === 'boolean') return sign(Number(truthOf(a)) - Number(truthOf(b)));
  const na = toNumber(a);
  const nb = toNumber(b);
  if (na !== undefined && nb !== undefined) return compareNumbers(na, nb);
  if (typeof a === 'number' && typeof b === 'string') return compareScalars(String(a), b);
  if (typeof a === 'string' && typeof b === 'number') return compareScalars(a, String(b));
  throw new NotEvaluableError(`cannot compare ${JSON.stringify(a)} with ${JSON.stringify(b)}`);
}

/**
 * Compares two SQL values after the implicit casts a database would apply (string
 * literal to date, numeric string to number, ...). `null` when either side is NULL.
 *
 * @example
 * ```ts
 * compareSql({ temporal: 'date', value: 0 }, '1970-01-02') // -1
 * compareSql(5, null)                                      // null
 * ```
 */
export function compareSql(a: SqlValue, b: SqlValue): number | null {
  if (a === null || b === null) return null;
  if (isTemporal(a) || isTemporal(b)) return compareTemporal(a, b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) return compareBytes(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return compareArrays(a, b);
  if (Array.isArray(a) || Array.isArray(b) || a instanceof Uint8Array || b instanceof Uint8Array) {
    throw new NotEvaluableError('cannot compare an array or bytes with a scalar');
  }
  return compareScalars(a, b);
}
