import { isNowCall, type Expr } from '../schema/index.js';
import { isoFromDays, MS_PER_DAY } from '../util/index.js';
import { shiftByInterval, shiftMs, shiftUnit } from '../util/calendar-shift.js';

type Node<K extends Expr['kind']> = Extract<Expr, { kind: K }>;


/** SQLite's `date('now', '-18 years', '+1 day')`: the clock moved by each modifier; undefined for other modifiers (`'start of month'`). */
function sqliteNow(e: Node<'call'>, now: number): number | undefined {
  let at: number | undefined = now;
  for (const m of e.args.slice(1)) at = at === undefined || m.kind !== 'literal' ? undefined : shiftByInterval(at, String(m.value), 1);
  return at;
}

/** `DATEADD(YEAR, -18, GETDATE())`: the datepart is read as a column or a word. */
function dateAdd(e: Node<'call'>, now: number): number | undefined {
  const [part, n, date] = e.args;
  if (e.name.toLowerCase() !== 'dateadd' || !part || !n || !date || n.kind !== 'literal' || typeof n.value !== 'number') return undefined;
  const unit = part.kind === 'column' ? shiftUnit(part.name) : part.kind === 'literal' ? shiftUnit(String(part.value)) : undefined;
  const at = nowMs(date, now);
  return unit === undefined || at === undefined ? undefined : shiftMs(at, unit, n.value);
}

/** `now() - interval '18 years'`, `CURRENT_DATE - 30` (days). */
function shifted(e: Node<'binary'>, now: number): number | undefined {
  if (e.op !== '+' && e.op !== '-') return undefined;
  const at = nowMs(e.left, now);
  const by = e.right.kind === 'literal' ? e.right.value : undefined;
  if (at === undefined) return undefined;
  const sign = e.op === '-' ? -1 : 1;
  if (typeof by === 'number') return at + sign * by * MS_PER_DAY;
  return typeof by === 'string' ? shiftByInterval(at, by, sign) : undefined;
}

/** The epoch milliseconds an expression of the clock has when the clock reads `now`; undefined for other expressions. */
function nowMs(e: Expr, now: number): number | undefined {
  switch (e.kind) {
    case 'call': return isNowCall(e) ? sqliteNow(e, now) : dateAdd(e, now);
    case 'cast': return nowMs(e.operand, now);
    case 'binary': return shifted(e, now);
    default: return undefined;
  }
}

/** The clock expression as the day it reads at the reference day (rounded down: a bound no later than the real one). */
function atReference(e: Expr, referenceDay: number): Expr | undefined {
  const ms = nowMs(e, referenceDay * MS_PER_DAY);
  return ms === undefined ? undefined : { kind: 'literal', value: isoFromDays(Math.floor(ms / MS_PER_DAY)) };
}

/** The clock expression as the day it reads at the end of `day` (rounded up: a lower bound no earlier than the real one that day). */
function atDayEnd(e: Expr, day: number): Expr | undefined {
  const ms = nowMs(e, (day + 1) * MS_PER_DAY);
  return ms === undefined ? undefined : { kind: 'literal', value: isoFromDays(Math.ceil(ms / MS_PER_DAY)) };
}

/**
 * How far past the reference date the planner reads lower bounds set by the clock: rows drawn
 * above `CURRENT_DATE - 30` read two years on still pass when loaded (and validated) up to then.
 */
export const CLOCK_LOWER_AHEAD_DAYS = 730;

/** Where bounds set by the clock are read: upper bounds at `day`, lower bounds at the end of `lowerDay`. */
interface Days { readonly day: number; readonly lowerDay: number }

function comparison(e: Node<'binary'>, d: Days): Expr {
  const upper = e.op === '<' || e.op === '<=';
  if (!upper && e.op !== '>' && e.op !== '>=') return e;
  const right = upper ? atReference(e.right, d.day) : atDayEnd(e.right, d.lowerDay);
  if (right) return { ...e, right };
  const left = upper ? atDayEnd(e.left, d.lowerDay) : atReference(e.left, d.day);
  return left ? { ...e, left } : e;
}

function between(e: Node<'between'>, d: Days): Expr {
  if (e.negated) return e;
  const low = atDayEnd(e.low, d.lowerDay);
  const high = atReference(e.high, d.day);
  if (low && high) return e; // a window on both sides of the clock: left to the database
  return low ? { ...e, low } : high ? { ...e, high } : e;
}

function rewrite(e: Expr, d: Days): Expr {
  if (e.kind === 'between') return between(e, d);
  if (e.kind !== 'binary') return e;
  if (e.op === 'and' || e.op === 'or') return { ...e, left: rewrite(e.left, d), right: rewrite(e.right, d) };
  return comparison(e, d);
}

/** Whether a comparison in `e` (under AND and OR, or a BETWEEN) has the clock as its upper bound (`d <= CURRENT_DATE`). */
export function clockUpperBound(e: Expr): boolean {
  if (e.kind === 'between') return !e.negated && atReference(e.high, 0) !== undefined;
  if (e.kind !== 'binary') return false;
  if (e.op === 'and' || e.op === 'or') return clockUpperBound(e.left) || clockUpperBound(e.right);
  if (e.op === '<' || e.op === '<=') return atReference(e.right, 0) !== undefined;
  return (e.op === '>' || e.op === '>=') && atReference(e.left, 0) !== undefined;
}

/**
 * A CHECK with each bound set by the clock read at the reference day, as an ISO date literal:
 * upper bounds (`d <= CURRENT_DATE`, `BirthDate < getdate()`, `born <= DATEADD(YEAR, -18, GETDATE())`,
 * `t <= now() - interval '1 hour'`, SQLite's `date('now')`) at its start, rounded down; lower
 * bounds (`d > CURRENT_DATE - 30`, `seen_at >= now() - interval '1 day'`) at the end of
 * `referenceDay + lowerAhead`, rounded up. An upper bound so read holds while the rows are loaded
 * on or after the reference day; a lower bound, while they are loaded by `referenceDay + lowerAhead`
 * (the planner reads them ahead so rows generated around a past reference date still pass today).
 * Bounds under AND and OR only (NOT would swap them); a BETWEEN with the clock on both sides stays as it is.
 *
 * @example
 * ```ts
 * nowAsReference(parse('d <= CURRENT_DATE'), daysFromIso('2026-01-01')) // d <= '2026-01-01'
 * nowAsReference(parse('d > CURRENT_DATE - 30'), daysFromIso('2026-01-01')) // d > '2025-12-03'
 * ```
 */
export function nowAsReference(e: Expr, referenceDay: number, lowerAhead = 0): Expr {
  return rewrite(e, { day: referenceDay, lowerDay: referenceDay + lowerAhead });
}
