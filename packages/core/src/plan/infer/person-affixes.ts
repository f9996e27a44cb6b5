import type { ColumnSpec } from '../column-spec.js';
import { maxLengthOf, siblingNamed, type ColumnContext } from './column-context.js';

type Weighted = readonly (readonly [string, number])[];

/** Generational and degree suffixes after a person's name. */
const NAME_SUFFIXES: Weighted = [['Jr.', 40], ['Sr.', 18], ['III', 12], ['II', 10], ['PhD', 8], ['MD', 8], ['IV', 4]];

/** The shortest honorific (`Mr.`, `Ms.`, `Dr.`). */
const HONORIFIC_LENGTH = 3;

/** The longest `title` read as an honorific beside a person's name (AdventureWorks' `nvarchar(8)`); longer is a job or work title. */
const HONORIFIC_ROOM = 10;

/** A column holding part of a person's name (`FirstName`, `last_name`, `surname`). */
const PERSON_NAME = /^((first|last|given|family|middle|full)_?name|surname|forename|fname|lname)$/;

/** Names that say honorific whatever the table (Northwind's `TitleOfCourtesy`, CRM `salutation`). */
const HONORIFIC_NAME = /^(honorific|salutation|title_?of_?courtesy|courtesy_?title|name_?(prefix|title)|personal_?title)$/;

const personNamed = (ctx: ColumnContext): boolean => siblingNamed(ctx.table, PERSON_NAME) !== undefined;

/** Weighted values that fit the column; `undefined` when none does or a key needs more distinct values. */
function weightedEnum(ctx: ColumnContext, values: Weighted): ColumnSpec | undefined {
  const max = maxLengthOf(ctx.column) ?? Infinity;
  const fit = values.filter(([v]) => v.length <= max);
  if (fit.length === 0 || ctx.unique) return undefined;
  return { generator: 'enum', values: fit.map(([v]) => v), weights: fit.map(([, w]) => w) };
}

/** Whether the column holds an honorific: so named, or a short `title`/`prefix` beside a person's name. */
export function isHonorific(ctx: ColumnContext): boolean {
  const key = ctx.words.join('_');
  if (HONORIFIC_NAME.test(key)) return true;
  const short = key === 'prefix' || (key === 'title' && (maxLengthOf(ctx.column) ?? Infinity) <= HONORIFIC_ROOM);
  return short && personNamed(ctx);
}

/** Whether the column holds a name suffix: `name_suffix`, or `suffix` beside a person's name. */
export function isNameSuffix(ctx: ColumnContext): boolean {
  const key = ctx.words.join('_');
  return key === 'name_suffix' || (key === 'suffix' && personNamed(ctx));
}

/** Honorifics of the row's sex, where the column holds the shortest (`Mr.`) and need not be unique. */
function honorificSpec(ctx: ColumnContext): ColumnSpec | undefined {
  return ctx.unique || (maxLengthOf(ctx.column) ?? Infinity) < HONORIFIC_LENGTH ? undefined : { generator: 'honorific' };
}

/**
 * Honorifics (`Mr.`, `Ms.`, `Dr.`, …, agreeing with the row's first names) or name suffixes (`Jr.`, `III`, `PhD`, …) for a column that
 * holds one (see {@link isHonorific}, {@link isNameSuffix}); `undefined` for other columns. A
 * long `title` (a book's, a post's, a job's) is left to the title rules.
 *
 * @example
 * ```ts
 * personAffix(ctx) // { generator: 'honorific' } for Customer.Title varchar(8) beside FirstName
 * ```
 */
export function personAffix(ctx: ColumnContext): ColumnSpec | undefined {
  if (isHonorific(ctx)) return honorificSpec(ctx);
  return isNameSuffix(ctx) ? weightedEnum(ctx, NAME_SUFFIXES) : undefined;
}

/** Share of NULLs for a nullable honorific (often left blank) or name suffix (most people have none). */
const AFFIX_NULL_RATES = { honorific: 0.4, suffix: 0.9 } as const;

/**
 * The share of NULLs a nullable honorific or name-suffix column should have, `undefined` for
 * other columns (and for NOT NULL ones): most people have no suffix, many records no title.
 */
export function affixNullRate(ctx: ColumnContext): number | undefined {
  if (!ctx.column.nullable) return undefined;
  if (isNameSuffix(ctx)) return AFFIX_NULL_RATES.suffix;
  return isHonorific(ctx) ? AFFIX_NULL_RATES.honorific : undefined;
}
