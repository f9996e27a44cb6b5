import { readFileSync, writeFileSync } from 'node:fs';
import { CsvParser } from '@rowforge/core';

/** Reads a whole (small) CSV file into rows of cells, header first; for tests only. */
export function readCsv(path: string): string[][] {
  const parser = new CsvParser();
  const records = [...parser.push(readFileSync(path, 'utf8')), ...parser.end()];
  return records.map((r) => r.fields.map((f) => f ?? ''));
}

/** Writes rows of cells as CSV with CRLF line ends, quoting where needed. */
export function writeCsv(path: string, rows: readonly (readonly string[])[]): void {
  const quote = (c: string): string => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  writeFileSync(path, rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n');
}

/** Reads `path`, lets `edit` change the rows in place, and writes it back. */
export function editCsv(path: string, edit: (rows: string[][]) => void): void {
  const rows = readCsv(path);
  edit(rows);
  writeCsv(path, rows);
}

/** Index of `name` in the header; throws when absent so a broken test says why. */
export function col(rows: readonly (readonly string[])[], name: string): number {
  const i = rows[0]?.indexOf(name) ?? -1;
  if (i < 0) throw new Error(`no column ${name}`);
  return i;
}

/** The first data row (1-based) that satisfies `test`; throws when none does. */
export function findRow(rows: readonly (readonly string[])[], test: (row: readonly string[]) => boolean, from = 1): number {
  for (let i = from; i < rows.length; i++) if (test(rows[i] ?? [])) return i;
  throw new Error('no row matches');
}
