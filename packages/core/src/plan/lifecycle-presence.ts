import type { Column, Table } from '../schema/index.js';
import { baseType } from '../schema/index.js';
import { fixedOnRedraw } from './fixed-on-redraw.js';
import { checksAllow } from './labels-checks-allow.js';
import type { ColumnSpec } from './column-spec.js';
import { wordsOf } from './infer/column-context.js';
import { lifecyclePredecessors } from './infer/lifecycle-chain.js';
import { nameWords, stageOfName, type Stage } from './infer/lifecycle-stages.js';

export { stageOfName } from './infer/lifecycle-stages.js';

type Specs = Record<string, ColumnSpec>;

/**
 * The stages a row with each status label has reached. An order runs pending < paid (or
 * processing) < shipped < delivered (or completed); refunded has been paid and shipped,
 * cancelled neither shipped nor delivered; a trialing subscription is in its trial, an active or
 * past-due one no longer; a void invoice was cancelled, an uncollectible one never paid. Labels
 * are matched lower-cased, spaces and dashes as `_`.
 */
const REACHED: Readonly<Record<string, readonly Stage[]>> = {
  pending: [], new: [], created: [], placed: [], open: [], draft: [], submitted: [], unpaid: [], awaiting_payment: [],
  todo: [], to_do: [], backlog: [], in_review: [], under_review: [], scheduled: [], in_progress: [], active: [],
  paid: ['paid'], processing: ['paid'], preparing: ['paid'], packed: ['paid'],
  shipped: ['paid', 'shipped'], dispatched: ['paid', 'shipped'], in_transit: ['paid', 'shipped'], out_for_delivery: ['paid', 'shipped'],
  delivered: ['paid', 'shipped', 'delivered'],
  completed: ['paid', 'shipped', 'delivered', 'completed'], complete: ['paid', 'shipped', 'delivered', 'completed'],
  fulfilled: ['paid', 'shipped', 'delivered', 'completed'], done: ['completed'],
  returned: ['paid', 'shipped', 'delivered', 'returned'], refunded: ['paid', 'shipped', 'refunded'],
  cancelled: ['cancelled'], canceled: ['cancelled'], voided: ['cancelled'],
  approved: ['approved'], accepted: ['approved'], rejected: ['rejected'], declined: ['rejected'],
  resolved: ['resolved'], closed: ['resolved', 'closed'],
  published: ['published'], archived: ['archived'],
  checked_out: [], borrowed: [], on_loan: [], overdue: [], renewed: [], lost: [],
  // Subscriptions: only one in its trial has a trial end; a lapsed or paused one was not cancelled.
  trialing: ['trial'], trialling: ['trial'], trial: ['trial'], in_trial: ['trial'], on_trial: ['trial'], free_trial: ['trial'],
  past_due: [], incomplete: [], incomplete_expired: [], paused: [], suspended: [], expired: [], inactive: [],
  // Invoices: a void one was cancelled; an uncollectible, written-off or failed one was never paid.
  void: ['cancelled'], sent: [], issued: [], uncollectible: [], written_off: [], failed: [],
};

/** Last words of a status column's name (`status`, `order_state`, `stage`). */
export const STATUS_WORDS: ReadonlySet<string> = new Set(['status', 'state', 'stage']);

const label = (v: string): string => v.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * The stages a row with status `l` has reached (matched as `REACHED` is: lower case, spaces and
 * dashes as `_`); undefined for a label not known.
 *
 * @example
 * ```ts
 * reachedStages('Shipped') // ['paid', 'shipped']
 * ```
 */
export const reachedStages = (l: string): readonly Stage[] | undefined => (Object.hasOwn(REACHED, label(l)) ? REACHED[label(l)] : undefined);

/** The labels a column holds: its enum type's, or those of its `enum` generator (a CHECK IN list). */
function labelsOf(column: Column, spec: ColumnSpec | undefined): string[] | undefined {
  const t = baseType(column.type);
  if (t.kind === 'enum') return [...t.values];
  if (t.kind !== 'string' || spec?.generator !== 'enum') return undefined;
  return spec.values.every((v) => typeof v === 'string') ? spec.values.map(String) : undefined;
}

/** A status column's lifecycle labels: named `…status`/`…state`/`…stage`, every label known, changed by a CHECK redraw. */
function lifecycleLabels(table: Table, column: Column, spec: ColumnSpec | undefined): string[] | undefined {
  const last = nameWords(column.name).at(-1);
  if (last === undefined || !STATUS_WORDS.has(last) || fixedOnRedraw(table, column, spec)) return undefined;
  const labels = labelsOf(column, spec);
  return labels && labels.length > 1 && labels.every((l) => REACHED[label(l)] !== undefined) ? labels : undefined;
}

/** The table's one status column with lifecycle labels; undefined when none or several. */
function statusColumn(table: Table, specs: Specs): { column: Column; labels: string[] } | undefined {
  const found = table.columns.flatMap((column) => {
    const labels = lifecycleLabels(table, column, specs[column.name]);
    return labels ? [{ column, labels }] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

function isTemporal(column: Column, spec: ColumnSpec | undefined): boolean {
  const kind = baseType(column.type).kind;
  return kind === 'date' || kind === 'timestamp' || spec?.generator === 'date' || spec?.generator === 'timestamp' || spec?.generator === 'after';
}

/** The labels at or after `stage`; undefined when none or all are (nothing to tell apart). */
function labelsReaching(labels: readonly string[], stage: Stage): string[] | undefined {
  const reached = labels.filter((l) => REACHED[label(l)]?.includes(stage) === true);
  return reached.length > 0 && reached.length < labels.length ? reached : undefined;
}

/**
 * Lifecycle timestamps follow the row's status: in a table with one status column whose labels
 * are known (an enum type, a CHECK IN list) and all read as lifecycle stages, each nullable date
 * or timestamp column named after a stage (`shipped_at`, `cancelled_at`, `resolved_on`) gets
 * `presentWhen` the labels at or after that stage, and no nullRate of its own (a delivered order
 * always has its `delivered_at`). Skipped when a label is unknown, no label (or every label)
 * reaches the stage, or a CHECK redraw could not change the column or its status (a key, a
 * foreign key, a sequence). A stage that follows an earlier one absent on some of its labels
 * then follows the nearest earlier stage present on all of them ({@link followPresent}). Edits
 * `specs` in place.
 *
 * @example
 * ```ts
 * lifecyclePresence(orders, specs) // specs.shipped_at.presentWhen = { column: 'status', in: ['shipped', 'delivered', 'refunded'] }
 * ```
 */
export function lifecyclePresence(table: Table, specs: Specs): void {
  const status = statusColumn(table, specs);
  if (!status) return;
  for (const column of table.columns) {
    const spec = specs[column.name];
    const stage = spec && column !== status.column && mayGate(table, column, spec) ? stageOfName(column.name) : undefined;
    const reached = stage ? agreeWithChecks(table, status, column, labelsReaching(status.labels, stage)) : undefined;
    if (!spec || !reached) continue;
    const { nullRate: _dropped, ...rest } = spec;
    specs[column.name] = { ...rest, presentWhen: { column: status.column.name, in: reached } };
  }
  followPresent(table, specs);
}

/** A nullable date or timestamp a redraw can change, with no presentWhen or constant of its own. */
function mayGate(table: Table, column: Column, spec: ColumnSpec): boolean {
  if (!column.nullable || spec.presentWhen || spec.generator === 'constant' || !isTemporal(column, spec)) return false;
  return !fixedOnRedraw(table, column, spec);
}

/**
 * The labels guessed from the stages, corrected by the CHECKs that tie the column to the status:
 * a label whose rows a CHECK forbids the value leaves, one whose rows it requires the value joins
 * (`(status = 'paid') = (paid_at IS NOT NULL)` gives `paid` only, not `refunded`). Rows of a
 * label the guess and a CHECK disagreed on would fail every redraw, and that label would vanish.
 * Undefined when no label, or every label, is left.
 */
function agreeWithChecks(table: Table, status: { column: Column; labels: string[] }, column: Column, guess: string[] | undefined): string[] | undefined {
  if (!guess) return undefined;
  const allow = (l: string, present: boolean): boolean => checksAllow(table, status.column, l, column, present);
  const labels = status.labels.filter((l) => (guess.includes(l) ? allow(l, true) : !allow(l, false)));
  return labels.length > 0 && labels.length < status.labels.length ? labels : undefined;
}

type PresentWhen = NonNullable<ColumnSpec['presentWhen']>;

/** The earlier column's value is there whenever `when` says this one's is: it has no `presentWhen`, or one at least as wide. */
function presentOn(spec: ColumnSpec | undefined, when: PresentWhen): boolean {
  const own = spec?.presentWhen;
  return own === undefined || (own.column === when.column && when.in.every((v) => own.in.includes(v)));
}

const snake = (c: Column): string => wordsOf(c.name).join('_');

/**
 * A lifecycle timestamp that follows an earlier stage NULL on some of its own labels follows the
 * nearest earlier stage there on all of them: a refunded order has been shipped but not
 * delivered, so its `refunded_at` follows `shipped_at`, not `delivered_at` (an `after` whose
 * earlier value is NULL is NULL). Edits `specs` in place.
 */
function followPresent(table: Table, specs: Specs): void {
  for (const column of table.columns) {
    const spec = specs[column.name];
    if (spec?.generator !== 'after' || !spec.presentWhen || presentOn(specs[spec.column], spec.presentWhen)) continue;
    const when = spec.presentWhen;
    const others = table.columns.filter((c) => c !== column && isTemporal(c, specs[c.name]));
    const earlier = lifecyclePredecessors(snake(column), others, snake);
    if (!earlier.some((e) => e.column === spec.column)) continue;
    const found = earlier.find((e) => presentOn(specs[e.column], when));
    if (found) specs[column.name] = { ...spec, column: found.column, minGap: found.minGap, maxGap: found.maxGap };
  }
}
