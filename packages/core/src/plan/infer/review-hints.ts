import { baseType, type Column, type Table } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { wordsOf, type ColumnContext } from './column-context.js';

type Subject = NonNullable<Extract<ColumnSpec, { generator: 'text' }>['subject']>;

/** Words of a rating's name (as the number inference's `rating` style reads them). */
const RATING_WORDS = new Set(['rating', 'ratings', 'rated', 'stars', 'star', 'score']);
/** Words that make a rating-like name something else: a count, a total, a key. */
const NOT_RATING_WORDS = new Set(['id', 'count', 'counts', 'total', 'sum', 'num', 'number', 'max', 'min', 'scale']);
const RESTAURANT_WORDS = new Set(['restaurant', 'menu', 'dish', 'food', 'meal', 'cafe', 'diner', 'eatery', 'bistro', 'cuisine', 'takeout', 'recipe']);
/** Words that say a review of an employee's work (`performance_reviews`, `appraisals`, a review of `employees`). */
const EMPLOYEE_WORDS = new Set(['performance', 'appraisal', 'employee', 'staff', 'worker', 'personnel']);
/** Words that say product reviews; `item` alone counts only when no restaurant word is there (`menu_item`). */
const PRODUCT_WORDS = new Set(['product', 'sku', 'listing', 'book', 'merchandise', 'good', 'article', 'catalog']);

const singular = (w: string): string => w.replace(/ies$/, 'y').replace(/s$/, '');
const isNumeric = (c: Column): boolean => ['int', 'decimal', 'float'].includes(baseType(c.type).kind);

/** Whether a column's name reads as a rating (`rating`, `stars`, `star_rating`, `rating_value`, `score`), not a count of them. */
function ratingLike(c: Column): boolean {
  const words = wordsOf(c.name);
  return words.some((w) => RATING_WORDS.has(w)) && !words.some((w) => NOT_RATING_WORDS.has(w));
}

/**
 * The numeric sibling of a review column that rates what it reviews: a plain `rating`, `stars`
 * or `score` first, then any rating-like name; undefined when the table has none.
 *
 * @example
 * ```ts
 * ratingSibling(reviews, 'review_text') // 'rating'
 * ```
 */
export function ratingSibling(table: Table, self: string): string | undefined {
  const rated = table.columns.filter((c) => c.name !== self && isNumeric(c) && ratingLike(c));
  return (rated.find((c) => RATING_WORDS.has(wordsOf(c.name).join(''))) ?? rated[0])?.name;
}

/** The subject `words` speak of, if they are clear about it. */
function subjectOfWords(words: readonly string[]): Subject | undefined {
  return goodsOfWords(words) ?? (words.some((w) => EMPLOYEE_WORDS.has(w)) ? 'employee' : undefined);
}

/** A restaurant or a product, if `words` are clear which. */
function goodsOfWords(words: readonly string[]): Subject | undefined {
  const restaurant = words.some((w) => RESTAURANT_WORDS.has(w));
  const product = words.some((w) => PRODUCT_WORDS.has(w)) || (!restaurant && words.includes('item'));
  if (restaurant === product) return undefined;
  return restaurant ? 'restaurant' : 'product';
}

/**
 * What a review column's reviews are about, from the column's name (`product_review`), else its
 * table's (`menu_reviews`), else the tables its foreign keys refer to (a `reviews` table
 * referring to `restaurants`); undefined when none of them is clear (or they disagree).
 */
export function reviewSubject(ctx: ColumnContext): Subject | undefined {
  const parents = ctx.table.foreignKeys.flatMap((fk) => wordsOf(fk.refTable).map(singular));
  return subjectOfWords(ctx.words.map(singular)) ?? subjectOfWords(ctx.tableWords) ?? subjectOfWords(parents);
}

/**
 * A review column's text spec: tone from the table's rating column, voice from the subject
 * the names speak of (each left out when unclear).
 */
export function reviewText(ctx: ColumnContext, maxLength: number): ColumnSpec {
  const ratingColumn = ratingSibling(ctx.table, ctx.column.name);
  const subject = reviewSubject(ctx);
  return {
    generator: 'text', kind: 'review', maxLength,
    ...(ratingColumn === undefined ? {} : { ratingColumn }),
    ...(subject === undefined ? {} : { subject }),
  };
}

/** Names of a review table's free-text column: its body, text, content or comments. */
const REVIEW_BODY = /^(body|text|content|comments?|review_?(text|body)|message)$/;
const REVIEW_TABLE_WORDS = ['review', 'feedback', 'testimonial'];

/**
 * The review text of a review table's body column (`product_reviews.body`) whose subject is
 * clear, in place of the prose its name alone gives (a product description); undefined
 * otherwise (a `performance_reviews.comments` stays a comment).
 */
export function reviewBody(ctx: ColumnContext, named: ColumnSpec | undefined): ColumnSpec | undefined {
  if (named?.generator !== 'text' || named.kind === 'review' || !REVIEW_BODY.test(ctx.words.join('_'))) return undefined;
  if (!ctx.tableWords.some((w) => REVIEW_TABLE_WORDS.includes(w)) || reviewSubject(ctx) === undefined) return undefined;
  return reviewText(ctx, named.maxLength ?? 400);
}

/** Words of a table that lists dishes (`Menu`, `menu_items`, `dishes`, `recipes`). */
const DISH_TABLE_WORDS = new Set(['menu', 'dish', 'food', 'meal', 'recipe', 'entree', 'appetizer']);

/** Words of a table of work (`projects`, `tasks`, `initiatives`): their descriptions describe work, not goods. */
const WORK_TABLE_WORDS = new Set(['project', 'task', 'initiative', 'milestone', 'epic', 'workstream', 'program', 'sprint', 'deliverable', 'objective']);

/** What a description in this table describes: a dish (menus, or `items` of a restaurant), work (projects, tasks), else goods. */
function descriptionSubject(ctx: ColumnContext): Subject | undefined {
  const words = ctx.tableWords.map(singular);
  if (words.some((w) => DISH_TABLE_WORDS.has(w)) || (words.includes('item') && reviewSubject(ctx) === 'restaurant')) return 'restaurant';
  return words.some((w) => WORK_TABLE_WORDS.has(w)) ? 'project' : undefined;
}

/**
 * A description in a table of dishes describes a dish (`subject: 'restaurant'`), in a table of
 * projects or tasks work (`subject: 'project'`); goals in an employee's table are goals at work
 * (`subject: 'employee'`); other specs as they are.
 */
export function describedSubject(ctx: ColumnContext, named: ColumnSpec | undefined): ColumnSpec | undefined {
  if (named?.generator === 'text' && named.kind === 'goals' && named.subject === undefined) return reviewSubject(ctx) === 'employee' ? { ...named, subject: 'employee' } : named;
  if (named?.generator !== 'text' || named.kind !== 'description' || named.subject !== undefined) return named;
  const subject = descriptionSubject(ctx);
  return subject ? { ...named, subject } : named;
}
