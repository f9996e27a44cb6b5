import type { ColumnSpec } from '../column-spec.js';
import type { ColumnContext } from './column-context.js';
import { booleanRate } from './flag-rate.js';

/** First words of a yes/no question (`is_active`, `has_children`, `can_edit`). */
const FLAG_VERBS = new Set(['is', 'has', 'have', 'can', 'should', 'allow', 'allows', 'was', 'did', 'needs', 'must']);
/** Last words of a count, not a flag, even after a flag verb (`has_count`, `uses_left`). */
const COUNT_WORDS = new Set(['count', 'left', 'remaining', 'total', 'num', 'number', 'limit', 'max', 'min']);
/** Names that are a flag on their own. */
const FLAG_NAMES = /^(active|inactive|enabled|disabled|deleted|pinned|archived|visible|hidden|published|approved|verified|locked|featured|flagged|starred|sticky|blocked|banned|suspended|confirmed|subscribed|unsubscribed|read|seen|default|primary|flag|admin|superuser|staff|completed|done|private|public|removed|trashed|muted|spam)$/;

/** An integer column named as a yes/no flag: `pinned`, `active`, `is_*`, `has_*`. */
export function isFlagName(ctx: ColumnContext): boolean {
  const [first] = ctx.words;
  const last = ctx.words[ctx.words.length - 1] ?? '';
  const asked = ctx.words.length > 1 && first !== undefined && FLAG_VERBS.has(first) && !COUNT_WORDS.has(last);
  return asked || FLAG_NAMES.test(ctx.words.join('_'));
}

/** 0 or 1, 1 as often as {@link booleanRate} says, for a flag whose type holds both. */
export function flagSpec(ctx: ColumnContext, [lo, hi]: readonly [number, number]): ColumnSpec | undefined {
  return lo <= 0 && hi >= 1 && isFlagName(ctx) ? { generator: 'boolean', trueRate: booleanRate(ctx) } : undefined;
}

/** Names of a row number kept without a FOREIGN KEY (WordPress's `user_id`, `post_parent` DEFAULT 0): their DEFAULT is "none". */
const REFERENCE_NAMES = /(^|_)(id|ids|no|num|parent|author|owner)$/;

/** A small literal integer DEFAULT (|n| ≤ 10) of a column not named as a reference: it draws n most often and a few values above it. */
export function smallDefault(ctx: ColumnContext): number | undefined {
  const d = ctx.column.default;
  if (d?.kind !== 'literal' || REFERENCE_NAMES.test(ctx.words.join('_'))) return undefined;
  const n = typeof d.value === 'string' && /^-?\d+$/.test(d.value) ? Number(d.value) : d.value;
  return typeof n === 'number' && Number.isInteger(n) && Math.abs(n) <= 10 ? n : undefined;
}

/** Names of a head count: `employee_count`, `employees`, `num_employees`, `headcount`, `staff_count`. */
const HEADCOUNT = /^((company_|estimated_)?(employee_count|employees_(count|total|number|size)|employees)|(num|number|no|total)_(of_)?employees|head_?count|staff_?(count|size)|workforce(_size)?)$/;
/** Words of a table of organizations, whose head counts reach thousands. */
const ORGANIZATION = /^(compan|account|organi[sz]ation|org|business|firm|employer|customer|client|vendor|supplier|partner|corporation|enterprise|tenant|lead|prospect|startup)/;

/**
 * The range of a head count (`accounts.employee_count`): 1…5,000 on a table of companies or
 * accounts (most of them small), 1…250 elsewhere (a department's, a store's); undefined for
 * other names. Generic counts (`count`, `num_`) stay 1…12.
 *
 * @example
 * ```ts
 * headcountRange(accountsEmployeeCount) // [1, 5000]
 * ```
 */
export function headcountRange(ctx: ColumnContext): readonly [number, number] | undefined {
  if (!HEADCOUNT.test(ctx.words.join('_'))) return undefined;
  return ctx.tableWords.some((w) => ORGANIZATION.test(w)) ? [1, 5000] : [1, 250];
}
