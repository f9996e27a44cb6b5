import { columnsOf, type Column } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import type { ColumnContext } from './column-context.js';

/** Values that are drawn together: a DEFAULT in one of them brings the others in, the DEFAULT most often. */
const FAMILIES: readonly (readonly string[])[] = [
  ['yes', 'no'], ['y', 'n'], ['true', 'false'], ['t', 'f'], ['1', '0'], ['on', 'off'],
  ['open', 'closed'], ['active', 'inactive'], ['enabled', 'disabled'], ['public', 'private'], ['visible', 'hidden'],
  ['pending', 'approved', 'rejected'],
  ['publish', 'draft', 'pending', 'private', 'future'],
  ['post', 'page', 'attachment', 'revision'],
  ['comment', 'pingback', 'trackback'],
  ['new', 'in_progress', 'done'],
];

/** Share of rows that get the DEFAULT itself. */
const DEFAULT_SHARE = 0.7;

/** The column's literal string DEFAULT when it is one short word ('yes', 'publish', 'Y', '1'). */
export function wordDefault(ctx: ColumnContext): string | undefined {
  const d = ctx.column.default;
  if (d?.kind !== 'literal' || typeof d.value !== 'string') return undefined;
  return /^[A-Za-z0-9_-]{1,24}$/.test(d.value) ? d.value : undefined;
}

/** A CHECK names the column: its list or ranges say more than the DEFAULT (`status IN ('pending', 'paid', …)`). */
function isChecked(ctx: ColumnContext): boolean {
  return ctx.table.checks.some((c) => columnsOf(c.expr).has(ctx.column.name));
}

/** `values` written the way `like` is: upper case, capitalised or as they are. */
function caseLike(like: string, values: readonly string[]): string[] {
  if (like.length > 0 && like === like.toUpperCase() && like !== like.toLowerCase()) return values.map((v) => v.toUpperCase());
  if (/^[A-Z][a-z]/.test(like)) return values.map((v) => v.charAt(0).toUpperCase() + v.slice(1));
  return [...values];
}

/** The DEFAULT first, then its family's other values, in the DEFAULT's case. */
function familyOf(def: string): string[] | undefined {
  const lower = def.toLowerCase();
  const family = FAMILIES.find((f) => f.includes(lower));
  return family && caseLike(def, [lower, ...family.filter((v) => v !== lower)]);
}

/** The values fit the column (a VARCHAR(1) keeps 'Y'/'N' but not 'pending'). */
const fits = (values: readonly string[], max: number | undefined): boolean => values.every((v) => v.length <= (max ?? Infinity));

/**
 * A generator from a one-word string DEFAULT of a known family (yes/no, Y/N, publish/draft/…)
 * whose every value fits the column, the DEFAULT drawn 70 % of the time; `undefined` otherwise, so
 * the name's guess stays (a lone DEFAULT such as 'Untitled' would make every row the same).
 */
export function defaultHint(ctx: ColumnContext, max: number | undefined): ColumnSpec | undefined {
  const def = wordDefault(ctx);
  if (def === undefined || ctx.unique || isChecked(ctx)) return undefined;
  const values = familyOf(def);
  if (values === undefined || !fits(values, max)) return undefined;
  const rest = Number(((1 - DEFAULT_SHARE) / (values.length - 1)).toFixed(4));
  return { generator: 'enum', values, weights: values.map((_, i) => (i === 0 ? DEFAULT_SHARE : rest)) };
}

/** Named generators a DEFAULT overrides: prose and the generic status and category words. */
export function isWeakGuess(spec: ColumnSpec | undefined): boolean {
  if (spec === undefined || spec.generator === 'text') return true;
  return spec.generator === 'vocabulary' && (spec.name === 'status' || spec.name === 'category' || spec.name === 'title');
}

/** A DEFAULT that is NULL written as an expression: `NULL`, `(NULL)`, `NULL::text`. */
const NULL_EXPRESSION = /^\(*\s*null\s*\)*\s*(::[\w\s."()[\],]+)?$/i;

/**
 * The column has a DEFAULT that gives it a value (`DEFAULT CURRENT_TIMESTAMP`, `DEFAULT 'Pending'`,
 * `DEFAULT 0`); false without one and for `DEFAULT NULL` (however written).
 *
 * @example
 * ```ts
 * hasValueDefault(orderDate) // true for `order_date DATETIME DEFAULT CURRENT_TIMESTAMP`
 * ```
 */
export function hasValueDefault(column: Column): boolean {
  const d = column.default;
  if (d === undefined) return false;
  return d.kind === 'literal' ? d.value !== null : !NULL_EXPRESSION.test(d.sql.trim());
}
