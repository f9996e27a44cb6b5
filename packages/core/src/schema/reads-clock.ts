import { exprChildren, type Expr } from './expr.js';

/** Functions that read the clock: the current date or timestamp. */
const NOW_FUNCTIONS = new Set([
  'current_date', 'curdate', 'now', 'current_timestamp', 'localtimestamp', 'getdate', 'getutcdate', 'sysdate',
  'sysdatetime', 'sysutcdatetime', 'sysdatetimeoffset', 'utc_date', 'utc_timestamp',
]);
const DATE_FUNCTIONS = new Set(['date', 'datetime']);

/** True for a call that reads the clock: `now()`, `CURRENT_DATE`, `getdate()`, SQLite's `date('now')`. */
export function isNowCall(e: Extract<Expr, { kind: 'call' }>): boolean {
  const name = e.name.toLowerCase();
  if (NOW_FUNCTIONS.has(name)) return e.args.length === 0;
  const [arg] = e.args;
  return DATE_FUNCTIONS.has(name) && arg?.kind === 'literal' && String(arg.value).toLowerCase() === 'now';
}

/**
 * True when an expression reads the clock anywhere.
 *
 * @example
 * ```ts
 * readsClock({ kind: 'binary', op: '<=', left: { kind: 'column', name: 'd' }, right: { kind: 'call', name: 'current_date', args: [] } }) // true
 * ```
 */
export function readsClock(e: Expr): boolean {
  if (e.kind === 'call' && isNowCall(e)) return true;
  return exprChildren(e).some(readsClock);
}
