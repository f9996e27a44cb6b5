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

function comparison(e: Node<'binary'>, day: number): Expr {
  if (e.op === '<' || e.op === '<=') { const r = atReference(e.right, day); return r ? { ...e, right: r } : e; }
  if (e.op === '>' || e.op === '>=') { const l = atReference(e.left, day); return l ? { ...e, left: l } : e; }
  return e;
}

function between(e: Node<'between'>, day: number): Expr {
  const high = e.negated || atReference(e.low, day) ? undefined : atReference(e.high, day);
  return high ? { ...e, high } : e;
}

/**
 * A CHECK with each upper bound set by the clock (`d <= CURRENT_DATE`, `BirthDate < getdate()`,
 * `born <= DATEADD(YEAR, -18, GETDATE())`, `t <= now() - interval '1 hour'`, SQLite's
 * `date('now')`) read at the reference day, as an ISO date literal rounded down. Sound while the
 * reference day is not after the day the rows are loaded: a value under the bound then is under
 * the real one too. Bounds under AND and OR only (NOT would turn them into lower bounds); lower
 * bounds (`d > CURRENT_DATE - 30`) stay as they are: they hold only near the real clock.
 *
 * @example
 * ```ts
 * nowAsReference(parse('d <= CURRENT_DATE'), daysFromIso('2026-01-01')) // d <= '2026-01-01'
 * ```
 */
export function nowAsReference(e: Expr, referenceDay: number): Expr {
  if (e.kind === 'between') return between(e, referenceDay);
  if (e.kind !== 'binary') return e;
  if (e.op === 'and' || e.op === 'or') return { ...e, left: nowAsReference(e.left, referenceDay), right: nowAsReference(e.right, referenceDay) };
  return comparison(e, referenceDay);
}
