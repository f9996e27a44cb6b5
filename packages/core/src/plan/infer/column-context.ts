import type { Column, Table } from '../../schema/index.js';
import { isSingleColumnKey } from '../../schema/index.js';

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

export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
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

/** True when the table has a column whose name matches. */
export function siblingNamed(table: Table, pattern: RegExp): string | undefined {
  return table.columns.find((c) => pattern.test(wordsOf(c.name).join('_')))?.name;
}

export { findColumn, maxLengthOf } from '../../schema/index.js';
