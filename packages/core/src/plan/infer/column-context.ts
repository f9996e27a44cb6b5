import type { Column, LogicalType, Table } from '../../schema/index.js';
import { isSingleColumnKey } from '../../schema/index.js';
import { splitRunTogether } from './name-words.js';

/** What inference knows about one column. */
export interface ColumnContext {
  readonly table: Table;
  readonly column: Column;
  /** Lower-case name with separators removed, e.g. `zipcode` for `Zip_Code`. */
  readonly flat: string;
  /** Lower-case words of the name, e.g. `['zip', 'code']`. */
  readonly words: readonly string[];
  /** Lower-case words of the table name, singular-ish. */
  readonly tableWords: readonly string[];
  readonly referenceDate: string;
  /** Single-column primary key or UNIQUE. */
  readonly unique: boolean;
  readonly rows: number;
}

/**
 * Lower-case words of a name: split at separators and case changes, and a word run together
 * from words the rules know split too (`BillingCity`, `billing_city` and `billingcity` all give
 * `['billing', 'city']`; see {@link splitRunTogether}).
 */
export function wordsOf(name: string): string[] {
  let words = WORDS.get(name);
  if (words === undefined) {
    words = splitWords(name);
    if (WORDS.size < MAX_CACHED) WORDS.set(name, words);
  }
  return [...words];
}

/** Names already split: inference reads every name of a table again for each of its columns. */
const WORDS = new Map<string, readonly string[]>();
const MAX_CACHED = 50_000;

function splitWords(name: string): readonly string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .flatMap(splitRunTogether);
}

export function columnContext(table: Table, column: Column, referenceDate: string, rows: number): ColumnContext {
  const words = wordsOf(column.name);
  return {
    table, column, words, referenceDate, rows,
    flat: words.join(''),
    tableWords: wordsOf(table.name).map((w) => w.replace(/(ies)$/, 'y').replace(/s$/, '')),
    unique: isSingleColumnKey(table, column),
  };
}

/** `t` holding at most `length` characters: a shorter string (a domain's base narrowed, its CHECKs kept); other types as they are. */
function narrowedType(t: LogicalType, length: number): LogicalType {
  if (t.kind === 'domain') return { ...t, base: narrowedType(t.base, length) };
  if (t.kind !== 'string' || (t.length !== undefined && t.length <= length)) return t;
  return { ...t, variant: t.variant === 'text' ? 'varchar' : t.variant, length };
}

/**
 * `ctx` as though its column held at most `length` characters: what inference reads as the
 * column's length (`maxLengthOf(ctx.column)`) for a key whose values go into narrower columns
 * (a `TEXT` key a `VARCHAR(20)` foreign key refers to is inferred as a `VARCHAR(20)` one).
 *
 * @example
 * ```ts
 * maxLengthOf(withRoom(ctx, 20).column) // 20
 * ```
 */
export function withRoom(ctx: ColumnContext, length: number): ColumnContext {
  return { ...ctx, column: { ...ctx.column, type: narrowedType(ctx.column.type, length) } };
}

/** True when the table has a column whose name matches. */
export function siblingNamed(table: Table, pattern: RegExp): string | undefined {
  return table.columns.find((c) => pattern.test(wordsOf(c.name).join('_')))?.name;
}

export { findColumn, maxLengthOf } from '../../schema/index.js';
