import type { Column } from '../../schema/index.js';
import { soleWord, stageOfName, type Stage } from './lifecycle-stages.js';

/** An earlier column and the gap in days after it. */
export type Earlier = { column: string; minGap: number; maxGap: number };

/**
 * What a chain step is: a stage, an order's start (`ordered_at`, `order_date`, `placed_at`), a
 * subscription's or a membership's (`started_at`, `start_date`, `subscribed_at`, `joined_at`)
 * or a row's (`created_at`).
 */
type Step = Stage | 'ordered' | 'started' | 'start' | 'created';
/** An earlier step and the gap in days after it. */
type Gap = readonly [Step, number, number];

/**
 * The steps each stage of an order follows, nearest first, with the gap in days: paid within
 * two days of ordering, shipped within five of payment, delivered one to seven days after
 * shipping; completed, returned and refunded after the last of those; cancelled soon after the
 * order. A row's stages come in order because each follows the nearest earlier one it has.
 */
const ORDER_CHAIN: Partial<Record<Stage, readonly Gap[]>> = {
  paid: [['ordered', 0, 2], ['created', 0, 2]],
  shipped: [['paid', 0, 5], ['ordered', 0, 5], ['created', 0, 5]],
  delivered: [['shipped', 1, 7], ['paid', 1, 7], ['ordered', 1, 7], ['created', 1, 7]],
  completed: [['delivered', 0, 7], ['shipped', 1, 7], ['paid', 1, 14], ['ordered', 1, 14], ['created', 1, 14]],
  returned: [['delivered', 1, 30], ['shipped', 2, 30], ['ordered', 3, 45], ['created', 3, 45]],
  refunded: [['returned', 0, 7], ['delivered', 1, 30], ['shipped', 1, 30], ['paid', 0, 14], ['ordered', 0, 30], ['created', 0, 30]],
  cancelled: [['ordered', 0, 3], ['created', 0, 3]],
};

/**
 * Outside orders: a ticket is resolved after it is opened and closed after that; an invoice paid
 * after it is issued, refunded after payment; a subscription's trial ends 7 to 30 days after it
 * starts, and it is cancelled within a year of starting (else within a month of the row's creation).
 */
const OTHER_CHAIN: Partial<Record<Stage, readonly Gap[]>> = {
  resolved: [['created', 0, 14]],
  closed: [['resolved', 0, 14], ['created', 0, 28]],
  paid: [['created', 0, 30]],
  refunded: [['paid', 0, 30], ['created', 0, 60]],
  cancelled: [['started', 0, 365], ['created', 0, 30]],
  trial: [['started', 7, 30], ['created', 7, 30]],
};

const ORDERED_WORDS = new Set(['order', 'ordered', 'placed', 'purchase', 'purchased']);
const STARTED_WORDS = new Set(['started', 'began', 'subscribed', 'activated', 'joined', 'enrolled']);
/** A bare `start` (`start_date`, `start_time`) is a subscription's start only beside a trial: an appointment's is when it is booked for. */
const START_WORDS = new Set(['start', 'activation', 'join']);
const CREATED_WORDS = new Set(['created', 'submitted', 'booked', 'requested', 'opened', 'issued']);

/** The step a column's name (its words `_`-joined) records, if any. */
function stepOf(key: string): Step | undefined {
  if (soleWord(key, (w) => ORDERED_WORDS.has(w), true) !== undefined) return 'ordered';
  if (soleWord(key, (w) => STARTED_WORDS.has(w), true) !== undefined) return 'started';
  if (soleWord(key, (w) => START_WORDS.has(w), true) !== undefined) return 'start';
  if (soleWord(key, (w) => CREATED_WORDS.has(w), true) !== undefined) return 'created';
  return stageOfName(key, true);
}

/** Bare starts (`start_date`) count as `started` in a table with a trial stage (`ownTrial`: the column planned is one), else as no step. */
function startsBesideTrial(steps: readonly (Step | undefined)[], ownTrial: boolean): (Step | undefined)[] {
  const trial = ownTrial || steps.includes('trial');
  return steps.map((s) => (s === 'start' ? (trial ? 'started' : undefined) : s));
}

/** A table of orders: it has an order's start or a shipped or delivered stage. */
function isOrderTable(steps: readonly (Step | undefined)[]): boolean {
  return steps.some((s) => s === 'ordered' || s === 'shipped' || s === 'delivered');
}

/**
 * The earlier columns a lifecycle column (`key`: its name's words, `_`-joined) may follow, the
 * nearest stage first, each with its gap: a `shipped_at` beside `ordered_at` and `paid_at`
 * follows `paid_at`, else `ordered_at`. Empty when its name records no chained stage.
 *
 * @example
 * ```ts
 * lifecyclePredecessors('shipped_at', orders.columns) // [{ column: 'paid_at', minGap: 0, maxGap: 5 }, { column: 'ordered_at', minGap: 0, maxGap: 5 }]
 * ```
 */
export function lifecyclePredecessors(key: string, columns: readonly Column[], keyOf: (c: Column) => string): (Earlier & { nullable: boolean })[] {
  const stage = stageOfName(key, true);
  const steps = startsBesideTrial(columns.map((c) => stepOf(keyOf(c))), stage === 'trial');
  const gaps = stage ? (isOrderTable(steps) ? ORDER_CHAIN : OTHER_CHAIN)[stage] ?? [] : [];
  return gaps.flatMap(([step, minGap, maxGap]) => columns
    .filter((_, i) => steps[i] === step)
    .map((c) => ({ column: c.name, minGap, maxGap, nullable: c.nullable })));
}

/**
 * The earlier lifecycle column this one follows ({@link lifecyclePredecessors}): the nearest,
 * and for a NOT NULL column the nearest NOT NULL one (a NULL earlier value would leave it no
 * date to follow). A NOT NULL column that passes over nullable stages starts after the latest
 * they can be: a NOT NULL `shipped_at` beside a nullable `paid_at` (0–2 days after ordering)
 * follows `ordered_at` by 2–7 days, not 0–5, so it is never before the payment.
 */
export function lifecycleEarlier(key: string, nullable: boolean, columns: readonly Column[], keyOf: (c: Column) => string): Earlier | undefined {
  const found = lifecyclePredecessors(key, columns, keyOf);
  const at = found.findIndex((p) => nullable || !p.nullable);
  const chosen = found[at];
  if (!chosen) return undefined;
  const passed = found.slice(0, at).map((p) => latestAfter(p.column, chosen.column, columns, keyOf));
  const start = Math.max(chosen.minGap, ...passed.filter(Number.isFinite));
  return { column: chosen.column, minGap: start, maxGap: start + chosen.maxGap - chosen.minGap };
}

/** The most days `column` can be after `anchor` along the chain it follows; Infinity where it does not lead there. */
function latestAfter(column: string, anchor: string, columns: readonly Column[], keyOf: (c: Column) => string, depth = 0): number {
  const c = columns.find((x) => x.name === column);
  const e = c && depth < 8 ? lifecycleEarlier(keyOf(c), c.nullable, columns, keyOf) : undefined;
  if (!e) return Infinity;
  return e.column === anchor ? e.maxGap : e.maxGap + latestAfter(e.column, anchor, columns, keyOf, depth + 1);
}
