import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { needsCsvQuote } from '@rowforge/core';
import type { Dataset, Store } from '../store-types.js';
import { tableFileNames } from '@rowforge/core';

const PAGE = 10_000;

/** NULL as an empty field, the empty string as `""` (the convention of Rowforge's CSV files). */
function field(v: string | null): string {
  if (v === null) return '';
  return needsCsvQuote(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const line = (cells: readonly (string | null)[]): string => `${cells.map(field).join(',')}\n`;

async function writeTable(store: Store, d: Dataset, table: string, file: string): Promise<void> {
  const fd = openSync(file, 'wx');
  try {
    let page = await store.datasets.page(d.id, table, 0, PAGE);
    writeSync(fd, line(page.columns));
    for (let done = 0; ; page = await store.datasets.page(d.id, table, done, PAGE)) {
      if (page.rows.length > 0) writeSync(fd, page.rows.map(line).join(''));
      done += page.rows.length;
      if (page.rows.length < PAGE) return;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a dataset's rows as the store holds them into the existing directory `dir`: one CSV per
 * table with a header, cells in PostgreSQL's text forms, named by {@link tableFileNames} (so a
 * table called `../../x` cannot escape `dir`). Resolves to the file names written, in table order.
 *
 * @example
 * ```ts
 * await writeStoredRows(store, dataset, '/tmp/out') // ['authors.csv', 'books.csv']
 * ```
 */
export async function writeStoredRows(store: Store, d: Dataset, dir: string, reserved: readonly string[] = []): Promise<string[]> {
  const names = tableFileNames(d.rowCounts.map((t) => t.table), '.csv', reserved);
  for (const [table, file] of names) await writeTable(store, d, table, join(dir, file));
  return [...names.values()];
}
